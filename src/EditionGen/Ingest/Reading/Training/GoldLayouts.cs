using EditionGen.Ingest.Reading.Features;
using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Ingest.Reading.Training;

/// <summary>
/// Seed-shaped training issues made from gold readings: the same articles laid out in the other conventions
/// papers use, so that the model learns the conventions rather than one corpus's layout. Paragraphs are
/// wrapped at a printed column width, with blank lines between paragraphs or with indented first lines, with
/// a headline's lines (and a byline right under them) printed apart or together without blank lines between
/// them, and some issues lose their masthead, as a seed that holds only pages does.
/// </summary>
public static class GoldLayouts
{
    private static readonly int[] Widths = [17, 19, 22, 26, 30, 36];

    public static IEnumerable<GoldIssue> Variants(IReadOnlyList<GoldIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        for (var k = 0; k < issues.Count; k++)
        {
            var width = Widths[k % Widths.Length];
            yield return Relay(issues[k], width, indents: k % 2 == 0, keepMasthead: k % 3 != 0, tightHeadlines: k % 4 >= 2);
        }
    }

    /// <summary>Every layout of each issue: each width with blank lines and with indents, with and without its masthead, its headlines apart and together.</summary>
    public static IEnumerable<GoldIssue> AllVariants(IReadOnlyList<GoldIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        foreach (var issue in issues)
        {
            foreach (var width in Widths.Append(int.MaxValue))
            {
                foreach (var indents in new[] { false, true })
                {
                    foreach (var tight in new[] { false, true })
                    {
                        yield return Relay(issue, width, indents, keepMasthead: true, tight);
                        yield return Relay(issue, width, indents, keepMasthead: false, tight);
                    }
                }
            }
        }
    }

    public static GoldIssue Relay(GoldIssue issue, int width, bool indents, bool keepMasthead, bool tightHeadlines = false)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var lines = new List<(string Text, bool Indented, bool BlankBefore, LineLabel Label)>();
        for (var i = 0; i < issue.Lines.Count; i++)
        {
            var line = issue.Lines[i];
            var label = issue.Labels[i];
            if (label == LineLabel.Masthead && !keepMasthead) continue;
            var underHeadline = tightHeadlines && lines.Count > 0 && lines[^1].Label.IsHeadline()
                                && (label.IsHeadline() || label == LineLabel.Byline);
            if (label.IsHeadline() || label.IsOutside() || line.Text.Length <= width)
            {
                var blank = !underHeadline && (!indents || label.IsOutside() || label.IsHeadline());
                lines.Add((line.Text, indents && label.IsTextStart() && !underHeadline, blank, label));
                continue;
            }

            for (var from = 0; from < line.Text.Length; from += width)
            {
                var chunk = line.Text.Substring(from, Math.Min(width, line.Text.Length - from));
                var first = from == 0;
                lines.Add((chunk, indents && first && label.IsTextStart() && !underHeadline, !indents && first && !underHeadline, first ? label : LineLabel.Continuation));
            }
        }

        var relaid = new List<ReaderLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var blankAfter = i + 1 >= lines.Count || lines[i + 1].BlankBefore;
            relaid.Add(new ReaderLine(i + 1, lines[i].Text, lines[i].Indented, lines[i].BlankBefore || i == 0, blankAfter));
        }

        var name = $"{issue.Name}@{(width == int.MaxValue ? 0 : width)}{(indents ? "i" : "b")}{(keepMasthead ? "" : "-m")}{(tightHeadlines ? "-t" : "")}";
        return new GoldIssue(name, relaid, lines.Select(l => l.Label).ToArray(), issue.Weight);
    }
}
