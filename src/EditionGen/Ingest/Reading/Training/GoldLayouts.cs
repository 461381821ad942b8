using EditionGen.Ingest.Reading.Features;
using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Ingest.Reading.Training;

/// <summary>
/// Seed-shaped training issues made from gold readings: the same articles laid out in the other conventions
/// papers use, so that the model learns the conventions rather than one corpus's layout. Paragraphs are
/// wrapped at a printed column width, with blank lines between paragraphs or with indented first lines, with
/// a headline's lines (and a byline right under them) printed apart or together without blank lines between
/// them, or the article's first text right under its headline, or blank lines between articles only, or with
/// no blank line at all; and some issues lose their masthead, as a seed that holds only pages does.
/// </summary>
public static class GoldLayouts
{
    /// <summary>Where a layout prints blank lines.</summary>
    public enum Spacing
    {
        /// <summary>Around every headline line, and between paragraphs in the blank-line convention.</summary>
        Apart,

        /// <summary>A headline's lines, and a byline right under them, together; a blank line above and below.</summary>
        HeadlinesTogether,

        /// <summary>A headline's lines, a byline under them and the first text under those together.</summary>
        ArticlesTogether,

        /// <summary>A blank line above each article's headline only: its lines, byline and text all together.</summary>
        ArticlesApart,

        /// <summary>No blank line anywhere: each paragraph a line of its own, neither indented nor wrapped.</summary>
        NoBlankLines,
    }

    private static readonly int[] Widths = [17, 19, 22, 26, 30, 36];

    public static IEnumerable<GoldIssue> Variants(IReadOnlyList<GoldIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        for (var k = 0; k < issues.Count; k++)
        {
            var spacing = (k % 8) switch
            {
                3 => Spacing.ArticlesApart,
                4 or 5 => Spacing.HeadlinesTogether,
                6 => Spacing.ArticlesTogether,
                7 => Spacing.NoBlankLines,
                _ => Spacing.Apart,
            };
            // Without blank lines between paragraphs or indents, only unwrapped paragraphs can be told apart.
            var unwrapped = spacing == Spacing.NoBlankLines || (spacing == Spacing.ArticlesApart && k % 2 != 0);
            var width = unwrapped ? int.MaxValue : Widths[k % Widths.Length];
            var laid = HeadlinesAfterText(issues[k], TrailingEvery, first: k % TrailingEvery);
            yield return Relay(laid, width, indents: k % 2 == 0, keepMasthead: k % 3 != 0, spacing);
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
                    foreach (var spacing in new[] { Spacing.Apart, Spacing.HeadlinesTogether })
                    {
                        yield return Relay(issue, width, indents, keepMasthead: true, spacing);
                        yield return Relay(issue, width, indents, keepMasthead: false, spacing);
                    }
                }
            }
        }
    }

    /// <summary>How often a re-laid copy prints an article's headline after its text: one article in this many.</summary>
    private const int TrailingEvery = 25;

    /// <summary>
    /// The issue with the headline of every <paramref name="every"/>-th article, from the <paramref name="first"/>-th
    /// on, printed after the article's text, whose first line then opens the article; the corpus prints about
    /// one headline in fifty so, too few for the model to learn the opening line from.
    /// </summary>
    public static GoldIssue HeadlinesAfterText(GoldIssue issue, int every, int first)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var count = issue.Lines.Count;
        var lines = new List<ReaderLine>(count);
        var labels = new List<LineLabel>(count);
        void Take(int from, int to, bool opens = false)
        {
            for (var k = from; k < to; k++)
            {
                lines.Add(issue.Lines[k]);
                labels.Add(opens && k == from ? LineLabel.Start : issue.Labels[k]);
            }
        }

        var article = 0;
        var i = 0;
        while (i < count)
        {
            if (!issue.Labels[i].IsHeadline())
            {
                Take(i, i + 1);
                i++;
                continue;
            }

            var end = i + 1;
            while (end < count && issue.Labels[end].IsHeadline() && HeadlineOrder.CanFollow(issue.Labels[end - 1], issue.Labels[end])) end++;
            var textEnd = end;
            while (textEnd < count && InText(issue.Labels[textEnd])) textEnd++;
            var opens = textEnd > end && issue.Labels[end].IsTextStart();
            var moved = opens && article >= first && (article - first) % every == 0;
            if (opens) article++;
            if (moved)
            {
                Take(end, textEnd, opens: true);
                Take(i, end);
            }
            else
            {
                Take(i, textEnd);
            }

            i = textEnd;
        }

        return new GoldIssue(issue.Name, lines, [.. labels], issue.Weight);
    }

    private static bool InText(LineLabel label) => !label.IsHeadline() && !label.IsOutside() && label != LineLabel.Start;

    public static GoldIssue Relay(GoldIssue issue, int width, bool indents, bool keepMasthead, Spacing spacing = Spacing.Apart)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var lines = new List<(string Text, bool Indented, bool BlankBefore, LineLabel Label)>();
        var inHeadline = false;
        for (var i = 0; i < issue.Lines.Count; i++)
        {
            var line = issue.Lines[i];
            var label = issue.Labels[i];
            if (label == LineLabel.Masthead && !keepMasthead) continue;
            var afterHeadline = lines.Count > 0 && lines[^1].Label.IsHeadline();
            // Printed right under the line before it, with no blank line between them.
            var together = spacing switch
            {
                Spacing.HeadlinesTogether => afterHeadline && (label.IsHeadline() || label == LineLabel.Byline),
                Spacing.ArticlesTogether => inHeadline,
                Spacing.ArticlesApart => !label.IsOutside() && !(label.IsHeadline() && !afterHeadline),
                Spacing.NoBlankLines => !label.IsOutside(),
                _ => false,
            };
            inHeadline = label.IsHeadline() || (afterHeadline && label == LineLabel.Byline);
            var indented = indents && label.IsTextStart() && !(together && label == LineLabel.Byline);
            if (label.IsHeadline() || label.IsOutside() || line.Text.Length <= width)
            {
                var blank = spacing != Spacing.NoBlankLines && !together && (!indents || label.IsOutside() || label.IsHeadline());
                lines.Add((line.Text, indented, blank, label));
                continue;
            }

            for (var from = 0; from < line.Text.Length; from += width)
            {
                var chunk = line.Text.Substring(from, Math.Min(width, line.Text.Length - from));
                var first = from == 0;
                lines.Add((chunk, first && indented, !indents && first && !together, first ? label : LineLabel.Continuation));
            }
        }

        var relaid = new List<ReaderLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var blankAfter = i + 1 >= lines.Count || lines[i + 1].BlankBefore;
            relaid.Add(new ReaderLine(i + 1, lines[i].Text, lines[i].Indented, lines[i].BlankBefore || i == 0, blankAfter));
        }

        var name = $"{issue.Name}@{(width == int.MaxValue ? 0 : width)}{(indents ? "i" : "b")}{(keepMasthead ? "" : "-m")}{Suffix(spacing)}";
        return new GoldIssue(name, relaid, lines.Select(l => l.Label).ToArray(), issue.Weight);
    }

    private static string Suffix(Spacing spacing) => spacing switch
    {
        Spacing.HeadlinesTogether => "-t",
        Spacing.ArticlesTogether => "-a",
        Spacing.ArticlesApart => "-s",
        Spacing.NoBlankLines => "-n",
        _ => "",
    };
}
