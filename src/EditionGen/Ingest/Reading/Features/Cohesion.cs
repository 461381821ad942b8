namespace EditionGen.Ingest.Reading.Features;

/// <summary>
/// How much the text above a short line and the text below it speak of the same things, as topic segmenters
/// such as TextTiling measure it: the cosine of the two windows' Han character pairs, each weighed by how rare
/// it is in the seed (<see cref="SeedPairs"/>). A subhead stands inside one article, whose names and places
/// go on under it; a new article's title stands between two texts that share little. No window reaches past
/// a page marker, and the line itself is in neither window.
/// </summary>
internal static class Cohesion
{
    /// <summary>About how many Han characters each window holds.</summary>
    private const int Reach = 300;

    private const int MaxLine = 40;

    /// <summary>For each short line, the cohesion across it in twentieths (0 to 20); null for other lines and where a window is empty.</summary>
    public static int?[] Of(IReadOnlyList<LineEvidence> lines, SeedPairs pairs)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(pairs);
        var result = new int?[lines.Count];
        var (up, down) = pairs.Windows();
        var above = new LinesAbove(pairs, up, Reach);
        var below = new LinesBelow(pairs, down, Reach, lines.Count, j => IsMarker(lines[j]));
        for (var i = 0; i < lines.Count; i++)
        {
            if (IsMarker(lines[i]))
            {
                above.Clear();
                continue;
            }

            if (IsShort(lines[i].Text))
            {
                below.Below(i);
                if (!above.Window.IsEmpty && !below.Window.IsEmpty) result[i] = (int)Math.Round(pairs.Cosine(above.Window, below.Window) * 20);
            }

            above.Push(i);
        }

        return result;
    }

    private static bool IsShort(string text) => text.Length is >= 2 and <= MaxLine;

    private static bool IsMarker(LineEvidence line) => line.Flags.Contains('M', StringComparison.Ordinal);
}
