using System.Text.Json;
using EditionGen.Ingest.Parsing;
using EditionGen.Ingest.Reading.Features;
using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Ingest.Reading.Training;

/// <summary>
/// Labels a seed's lines from a gold reading. The gold gives each article's line range, which lines are its
/// kicker, title and subtitle, and each paragraph's lines; a paragraph's role (byline, lead, subhead, credit,
/// list, summary, note, signature) is read from its text by <see cref="ParagraphRoles"/>. Lines that no
/// article holds are the masthead before the first article, page markers, and running heads after them.
/// </summary>
internal static class GoldLabels
{
    public static LineLabel[] Of(IReadOnlyList<ReaderLine> lines, JsonElement gold)
    {
        var index = new Dictionary<int, int>();
        for (var i = 0; i < lines.Count; i++) index[lines[i].Number] = i;
        var labels = new LineLabel?[lines.Count];
        var articles = gold.GetProperty("articles").EnumerateArray().ToList();
        var first = articles.Count == 0 ? int.MaxValue : articles.Min(a => a.GetProperty("lines")[0].GetInt32());

        foreach (var article in articles)
        {
            var paragraphs = article.GetProperty("paragraphs").EnumerateArray()
                .Select(p => (Text: p.GetProperty("text").GetString() ?? "", First: p.GetProperty("lines")[0].GetInt32(), Last: p.GetProperty("lines")[1].GetInt32()))
                .ToList();
            var headline = article.GetProperty("headline_lines").EnumerateArray().Select(e => e.GetInt32()).ToList();
            foreach (var line in headline)
            {
                if (index.TryGetValue(line, out var i)) labels[i] = HeadlineRole(lines[i].Text, article, headline.IndexOf(line), headline.Count);
            }

            var roles = ParagraphRoles.Of(paragraphs.Select(p => p.Text).ToList());
            for (var k = 0; k < paragraphs.Count; k++)
            {
                var (_, from, to) = paragraphs[k];
                // The first of a paragraph's several lines goes on like any paragraph's: only a line that is the whole paragraph displays.
                var role = roles[k] == LineLabel.Display && to > from ? LineLabel.Paragraph : roles[k];
                var opened = false;
                for (var n = from; n <= to; n++)
                {
                    if (!index.TryGetValue(n, out var i)) continue;
                    labels[i] = opened ? LineLabel.Continuation : role;
                    opened = true;
                }
            }

            // A headline printed after its article's text: the text's first line opens the article.
            if (headline.Count > 0 && paragraphs.Count > 0 && headline[0] > paragraphs[0].First && index.TryGetValue(paragraphs[0].First, out var start))
                labels[start] = LineLabel.Start;
        }

        var result = new LineLabel[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            result[i] = labels[i] ?? (PageMarkers.Read(lines[i].Text) is not null ? LineLabel.PageMarker
                : lines[i].Number < first ? LineLabel.Masthead
                : LineLabel.RunningHead);
        }

        return result;
    }

    private static LineLabel HeadlineRole(string text, JsonElement article, int position, int count)
    {
        string? Field(string name) => article.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var line = Normal(text);
        if (Field("kicker") is { } kicker && Normal(kicker) == line) return LineLabel.Kicker;
        if (Field("title") is { } title && Normal(title) == line) return LineLabel.Title;
        if (Field("subtitle") is { } subtitle && Normal(subtitle) == line) return LineLabel.Subtitle;
        if (Field("column") is { } column && Normal(column) == line) return LineLabel.Column;

        // A field that does not equal one line (a kicker printed on two lines): place the line by its order.
        var roles = new List<LineLabel>();
        if (Field("kicker") is not null) roles.Add(LineLabel.Kicker);
        roles.Add(LineLabel.Title);
        if (Field("subtitle") is not null) roles.Add(LineLabel.Subtitle);
        return position < roles.Count && count == roles.Count ? roles[position] : position == 0 && count > 1 ? LineLabel.Kicker : LineLabel.Title;
    }

    private static string Normal(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
