using EditionGen.Ingest.Reading.Labels;
using EditionGen.Ingest.Reading.Model;

namespace EditionGen.Ingest.Reading.Decoding;

/// <summary>
/// Mends labellings in which a headline heads no text: a headline directly followed by another that cannot
/// stand under it. A printed issue has no such headline, so one of two readings is wrong, and the model that
/// chose the labelling says which costs less to believe:
/// <list type="bullet">
/// <item>the two are one headline whose roles were misread (a kicker read as a title, so the title under it
/// looked like another article's): the lines of both take the best roles in headline order, kickers, one
/// title, subtitles;</item>
/// <item>the first is the headline of text printed before it, which then opened at some line above: the line
/// between the previous headline and this one that best opens such an article becomes its opening.</item>
/// </list>
/// A headline followed by a page marker or the seed's end, with no text under it, can only be the second:
/// it heads text printed above it.
/// A reading's cost is how far the model's score of the whole labelling falls when it is made.
/// </summary>
public static class OrphanHeadlines
{
    /// <summary>The labelling <paramref name="path"/>, scored by <paramref name="model"/> as <paramref name="emissions"/> say, with each headline that heads no text read the cheaper way.</summary>
    public static int[] Mend(int[] path, float[][] emissions, LabelModel model)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(emissions);
        ArgumentNullException.ThrowIfNull(model);
        var result = (int[])path.Clone();
        var scores = new PathScore(result, emissions, model);
        var opened = 0;
        var awaiting = false;
        var pageTop = -1;
        var i = 0;
        while (i < result.Length)
        {
            var label = (LineLabel)result[i];
            if (label is LineLabel.PageMarker or LineLabel.Start)
            {
                awaiting = label is LineLabel.Start;
                opened = label is LineLabel.Start ? i : i + 1;
                if (label is LineLabel.PageMarker) pageTop = i + 1;
                i++;
                continue;
            }

            if (!label.IsHeadline())
            {
                i++;
                continue;
            }

            var end = GroupEnd(result, i);
            // A headline printed after the text it heads (opened by a start) heads that text.
            var headsTextAbove = awaiting && Enumerable.Range(opened, i - opened).Any(k => ((LineLabel)result[k]).IsTextStart());
            if (headsTextAbove && end < result.Length && OpensText((LineLabel)result[end]))
            {
                HeadTextBelow(scores, opened, i, end);
            }
            else if (!headsTextAbove && end < result.Length && ((LineLabel)result[end]).IsHeadline())
            {
                var next = GroupEnd(result, end);
                var merge = Merge(scores, i, next);
                var start = Start(scores, opened, i);
                if (merge is { } m && (start is not { } s || m.Cost <= s.Cost))
                {
                    m.Roles.CopyTo(result, i);
                    end = next;
                }
                else if (start is { } opening)
                {
                    result[opening.Line] = (int)LineLabel.Start;
                }
            }
            else if (!headsTextAbove && (end == result.Length || result[end] == (int)LineLabel.PageMarker))
            {
                HeadTextAbove(scores, pageTop, opened, i);
            }

            awaiting = false;
            opened = end;
            i = end;
        }

        return result;
    }

    /// <summary>
    /// Mends a headline that ends its page or the seed with no text under it: it heads text printed before it,
    /// which opened at some line above. That line is the cheapest of the lines of text since the headline above
    /// (<see cref="Start"/>), or, when the first line under the page marker was read as a headline of one line (a
    /// heading such as 引子 that opens the text), that line.
    /// </summary>
    private static void HeadTextAbove(PathScore scores, int pageTop, int opened, int first)
    {
        var start = Start(scores, opened, first);
        if (pageTop >= 0 && opened == pageTop + 1 && opened < first && ((LineLabel)scores.Path[pageTop]).IsHeadline())
        {
            var top = scores.Loss(pageTop, [(int)LineLabel.Start]);
            if (start is not { } s || top <= s.Cost) start = (top, pageTop);
        }

        if (start is { } opening) scores.Path[opening.Line] = (int)LineLabel.Start;
    }

    /// <summary>A line of text that would open an article of its own when no headline is above it.</summary>
    private static bool OpensText(LineLabel label) => label.IsTextStart() && label is not LineLabel.Start;

    /// <summary>
    /// Mends a headline printed after the text it heads that is directly followed by more text, which would then
    /// stand under no headline. The cheapest of three readings is taken: the start above was misread, and the
    /// opening line is text of the article before while the headline heads the text below; the headline's last
    /// lines are the next article's headline; or the line right above the headline was the headline of the text
    /// above, and this one heads the text below.
    /// </summary>
    private static void HeadTextBelow(PathScore scores, int opened, int first, int end)
    {
        (double Cost, int From, int[] Labels)? best = null;
        void Consider(double cost, int from, int[] labels)
        {
            if (best is null || cost < best.Value.Cost) best = (cost, from, labels);
        }

        if (scores.Path[opened] == (int)LineLabel.Start)
        {
            foreach (var label in LineLabels.All.Where(OpensText)) Consider(scores.Loss(opened, [(int)label]), opened, [(int)label]);
        }

        for (var split = first + 1; split < end; split++)
        {
            if (Merge(scores, split, end) is { } tail && !HeadlineOrder.CanFollow((LineLabel)scores.Path[split - 1], (LineLabel)tail.Roles[0]))
                Consider(tail.Cost, split, tail.Roles);
        }

        if (first - 1 > opened && OpensText((LineLabel)scores.Path[first - 1]) && !HeadlineOrder.CanFollow(LineLabel.Title, (LineLabel)scores.Path[first]))
        {
            Consider(scores.Loss(first - 1, [(int)LineLabel.Title]), first - 1, [(int)LineLabel.Title]);
        }

        if (best is { } chosen) chosen.Labels.CopyTo(scores.Path, chosen.From);
    }

    /// <summary>The line after the headline group that opens at <paramref name="first"/>, grouped as the assembler groups headline lines.</summary>
    private static int GroupEnd(int[] path, int first)
    {
        var end = first + 1;
        while (end < path.Length && ((LineLabel)path[end]).IsHeadline() && HeadlineOrder.CanFollow((LineLabel)path[end - 1], (LineLabel)path[end])) end++;
        return end;
    }

    /// <summary>The best roles in headline order for lines <paramref name="from"/> to <paramref name="to"/> and what they cost; null when a column label is among them.</summary>
    private static (double Cost, int[] Roles)? Merge(PathScore scores, int from, int to)
    {
        var count = to - from;
        if (Enumerable.Range(from, count).Any(k => scores.Path[k] == (int)LineLabel.Column)) return null;
        (double Cost, int[] Roles)? best = null;
        for (var title = 0; title < count; title++)
        {
            var roles = new int[count];
            for (var k = 0; k < count; k++) roles[k] = (int)(k < title ? LineLabel.Kicker : k == title ? LineLabel.Title : LineLabel.Subtitle);
            var cost = scores.Loss(from, roles);
            if (best is null || cost < best.Value.Cost) best = (cost, roles);
        }

        return best;
    }

    /// <summary>The line of text between <paramref name="from"/> and the headline at <paramref name="to"/> that best opens an article whose headline follows, and what it costs; null when none can.</summary>
    private static (double Cost, int Line)? Start(PathScore scores, int from, int to)
    {
        // The article above keeps at least its first line of text, unless nothing but a page marker stands above.
        var textSeen = from == 0 || scores.Path[from - 1] == (int)LineLabel.PageMarker;
        (double Cost, int Line)? best = null;
        for (var k = from; k < to; k++)
        {
            var label = (LineLabel)scores.Path[k];
            if (!label.IsTextStart() || label is LineLabel.Start) continue;
            if (!textSeen)
            {
                textSeen = true;
                continue;
            }

            var cost = scores.Loss(k, [(int)LineLabel.Start]);
            if (best is null || cost < best.Value.Cost) best = (cost, k);
        }

        return best;
    }

    /// <summary>The model's score of a labelling, and how much it falls when some of its labels are replaced.</summary>
    private sealed class PathScore(int[] path, float[][] emissions, LabelModel model)
    {
        public int[] Path => path;

        /// <summary>How much lower, in units of the model's temperature, the labelling scores with <paramref name="labels"/> from line <paramref name="from"/> on.</summary>
        public double Loss(int from, int[] labels)
        {
            var to = from + labels.Length;
            var before = Score(from, to, k => path[k]);
            var after = Score(from, to, k => k >= from && k < to ? labels[k - from] : path[k]);
            return (before - after) / Math.Max(model.Temperature, 1f);
        }

        /// <summary>The emissions of lines from..to and the transitions into, between and out of them.</summary>
        private double Score(int from, int to, Func<int, int> label)
        {
            var score = 0.0;
            for (var k = from; k < to; k++)
            {
                score += emissions[k][label(k)];
                score += k == 0 ? model.Transition(LineLabels.Count, label(k)) : model.Transition(label(k - 1), label(k));
            }

            if (to < path.Length) score += model.Transition(label(to - 1), label(to));
            return score;
        }
    }
}
