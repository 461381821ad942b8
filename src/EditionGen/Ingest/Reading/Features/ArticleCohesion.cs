using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Ingest.Reading.Features;

/// <summary>
/// The second pass's view of <see cref="Cohesion"/>: how much the text of the article a short line would stand
/// in, as the first pass read it (back to that article's opening), shares with the text below the line. A
/// subhead's text goes on with its article's names and places; a new article's text does not.
/// </summary>
internal static class ArticleCohesion
{
    /// <summary>About how many Han characters of the article above and of the text below are compared.</summary>
    private const int AboveReach = 1500;

    private const int BelowReach = 400;

    private const int MaxLine = 40;

    /// <summary>For each short line, the cohesion in tenths (0 to 10); null for other lines and where a side has no text.</summary>
    public static int?[] Of(IReadOnlyList<ReaderLine> lines, int[] path, SeedPairs pairs)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(pairs);
        var result = new int?[lines.Count];
        var (window, below) = pairs.Windows();
        var above = new LinesAbove(pairs, window, AboveReach);
        for (var i = 0; i < lines.Count; i++)
        {
            var label = (LineLabel)path[i];
            if (label.IsHeadline())
            {
                // Every line of a headline is weighed against the article above the whole headline.
                if (i == 0 || !((LineLabel)path[i - 1]).IsHeadline())
                {
                    for (var k = i; k < lines.Count && ((LineLabel)path[k]).IsHeadline(); k++) Weigh(lines, path, pairs, k, above.Window, below, result);
                }

                above.Clear();
                continue;
            }

            if (label.IsOutside())
            {
                above.Clear();
                continue;
            }

            Weigh(lines, path, pairs, i, above.Window, below, result);
            if (label == LineLabel.Start) above.Clear();
            above.Push(i);
        }

        return result;
    }

    private static void Weigh(IReadOnlyList<ReaderLine> lines, int[] path, SeedPairs pairs, int i, PairWindow above, PairWindow below, int?[] result)
    {
        if (lines[i].Text.Length is < 2 or > MaxLine) return;
        Below(path, pairs, i, below);
        if (!above.IsEmpty && !below.IsEmpty) result[i] = (int)Math.Round(pairs.Cosine(above, below) * 10);
    }

    /// <summary>The text below line <paramref name="index"/>, up to the next article's opening or about <see cref="BelowReach"/> characters.</summary>
    private static void Below(int[] path, SeedPairs pairs, int index, PairWindow window)
    {
        window.Clear();
        var taken = 0;
        for (var j = index + 1; j < path.Length && taken < BelowReach; j++)
        {
            var label = (LineLabel)path[j];
            if (label == LineLabel.PageMarker || label == LineLabel.Start || label.IsOutside()) break;
            if (label.IsHeadline())
            {
                if (!((LineLabel)path[j - 1]).IsHeadline()) break;
                continue;
            }

            pairs.Add(j, window);
            taken += pairs.CountOf(j);
        }
    }
}
