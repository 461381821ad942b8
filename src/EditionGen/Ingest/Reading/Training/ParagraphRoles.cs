using EditionGen.Ingest.Parsing;
using EditionGen.Ingest.Reading.Features;
using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Ingest.Reading.Training;

/// <summary>
/// The role of each paragraph of a gold article, read from its text and its place among the article's
/// paragraphs. Gold readings say where paragraphs are, not what they are; these roles give the model the
/// finer labels to learn (a byline, a subhead, a credit), while boundaries and cuts come from the gold itself.
/// </summary>
internal static class ParagraphRoles
{
    private const int MaxSubhead = 30;
    private const int MaxItem = 60;
    private const int MaxSignature = 24;

    public static LineLabel[] Of(IReadOnlyList<string> paragraphs)
    {
        var roles = new LineLabel[paragraphs.Count];
        for (var k = 0; k < paragraphs.Count; k++) roles[k] = RoleOf(paragraphs, k);
        MarkLists(paragraphs, roles);
        MarkSignature(paragraphs, roles);
        return roles;
    }

    private static LineLabel RoleOf(IReadOnlyList<string> paragraphs, int k)
    {
        var text = paragraphs[k].Trim();
        if (text.Length == 0) return LineLabel.Paragraph;
        if (TextPatterns.IsSummary(text)) return LineLabel.Summary;
        if (TextPatterns.IsNote(text)) return LineLabel.Note;
        if (TextPatterns.IsContinuationNote(text)) return LineLabel.ContinuationNote;
        if (TextPatterns.IsCredit(text)) return LineLabel.Credit;
        if (TextPatterns.IsByline(text) && !text.Contains('。', StringComparison.Ordinal)) return LineLabel.Byline;
        if (TextPatterns.IsLead(text)) return LineLabel.Lead;
        if (k > 0 && k + 1 < paragraphs.Count && IsHeadingLike(text)) return LineLabel.Subhead;
        if (k + 1 < paragraphs.Count && !TextRules.EndsSentence(text)) return LineLabel.Display;
        return LineLabel.Paragraph;
    }

    private static bool IsHeadingLike(string text) =>
        text.Length <= MaxSubhead && !TextRules.HasClausePunctuation(text) && !TextRules.EndsSentence(text[^1]) && text[^1] is not ('：' or ':');

    /// <summary>A paragraph ending in a colon with at least two short paragraphs under it leads a list of them.</summary>
    private static void MarkLists(IReadOnlyList<string> paragraphs, LineLabel[] roles)
    {
        for (var k = 0; k + 2 < paragraphs.Count; k++)
        {
            var text = paragraphs[k].Trim();
            if (text.Length == 0 || text[^1] is not ('：' or ':') || roles[k] is not (LineLabel.Paragraph or LineLabel.Display)) continue;
            var end = k + 1;
            while (end < paragraphs.Count && IsItem(paragraphs[end], roles[end])) end++;
            if (end - k - 1 < 2) continue;
            roles[k] = LineLabel.ListLead;
            for (var j = k + 1; j < end; j++) roles[j] = LineLabel.ListItem;
            k = end - 1;
        }
    }

    private static bool IsItem(string text, LineLabel role) =>
        text.Trim().Length is > 0 and <= MaxItem && role is LineLabel.Paragraph or LineLabel.Subhead or LineLabel.Display;

    /// <summary>Short name or date lines that close an article of several paragraphs sign it.</summary>
    private static void MarkSignature(IReadOnlyList<string> paragraphs, LineLabel[] roles)
    {
        if (paragraphs.Count < 3) return;
        var k = paragraphs.Count - 1;
        var found = false;
        while (k >= paragraphs.Count - 3 && k > 0 && IsSignatureLike(paragraphs[k].Trim(), roles[k]))
        {
            found |= TextPatterns.IsDate(paragraphs[k].Trim()) || k < paragraphs.Count - 1;
            k--;
        }

        if (!found || !TextRules.EndsSentence(paragraphs[k].Trim())) return;
        for (var j = k + 1; j < paragraphs.Count; j++) roles[j] = LineLabel.Signature;
    }

    private static bool IsSignatureLike(string text, LineLabel role) =>
        text.Length is > 1 and <= MaxSignature
        && role is LineLabel.Paragraph or LineLabel.Subhead or LineLabel.Display
        && !TextRules.HasClausePunctuation(text)
        && !TextRules.EndsSentence(text[^1]);
}
