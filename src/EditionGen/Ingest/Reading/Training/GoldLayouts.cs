using EditionGen.Ingest.Reading.Features;
using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Ingest.Reading.Training;

/// <summary>
/// Seed-shaped training issues made from gold readings: the same articles laid out in the other conventions
/// papers use, so that the model learns the conventions rather than one corpus's layout. Paragraphs are
/// wrapped at a printed column width, with blank lines between paragraphs or with indented first lines, and
/// some issues lose their masthead, as a seed that holds only pages does.
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
            yield return Relay(issues[k], width, indents: k % 2 == 0, keepMasthead: k % 3 != 0);
        }
    }

    /// <summary>Every layout of each issue: each width with blank lines and with indents, with and without its masthead.</summary>
    public static IEnumerable<GoldIssue> AllVariants(IReadOnlyList<GoldIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        foreach (var issue in issues)
        {
            foreach (var width in Widths.Append(int.MaxValue))
            {
                foreach (var indents in new[] { false, true })
                {
                    yield return Relay(issue, width, indents, keepMasthead: true);
                    yield return Relay(issue, width, indents, keepMasthead: false);
                }
            }
        }
    }

    public static GoldIssue Relay(GoldIssue issue, int width, bool indents, bool keepMasthead)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var lines = new List<(string Text, bool Indented, bool BlankBefore, LineLabel Label)>();
        for (var i = 0; i < issue.Lines.Count; i++)
        {
            var line = issue.Lines[i];
            var label = issue.Labels[i];
            if (label == LineLabel.Masthead && !keepMasthead) continue;
            if (label.IsHeadline() || label.IsOutside() || line.Text.Length <= width)
            {
                lines.Add((line.Text, indents && label.IsTextStart(), !indents || label.IsOutside() || label.IsHeadline(), label));
                continue;
            }

            for (var from = 0; from < line.Text.Length; from += width)
            {
                var chunk = line.Text.Substring(from, Math.Min(width, line.Text.Length - from));
                var first = from == 0;
                lines.Add((chunk, indents && first && label.IsTextStart(), !indents && first, first ? label : LineLabel.Continuation));
            }
        }

        var relaid = new List<ReaderLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var blankAfter = i + 1 >= lines.Count || lines[i + 1].BlankBefore;
            relaid.Add(new ReaderLine(i + 1, lines[i].Text, lines[i].Indented, lines[i].BlankBefore || i == 0, blankAfter));
        }

        var name = $"{issue.Name}@{(width == int.MaxValue ? 0 : width)}{(indents ? "i" : "b")}{(keepMasthead ? "" : "-m")}";
        return new GoldIssue(name, relaid, lines.Select(l => l.Label).ToArray(), issue.Weight);
    }
}
