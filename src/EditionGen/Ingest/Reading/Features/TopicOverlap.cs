namespace EditionGen.Ingest.Reading.Features;

/// <summary>
/// How much of a short line's wording the lines around it share: the share of its character pairs found in
/// the text just above it and in the text just below it. A subhead speaks of the article it stands in, so it
/// shares words with the text above; a new article's title shares them with the text below only. No window
/// reaches past a page marker.
/// </summary>
internal static class TopicOverlap
{
    private const int Window = 6;
    private const int MaxLine = 40;

    /// <summary>
    /// The shares above and below in fifths (0 to 5), or null for a line too long to be a heading.
    /// <paramref name="pairs"/> holds each line's character pairs once they were needed.
    /// </summary>
    public static (int Above, int Below)? Of(IReadOnlyList<LineEvidence> lines, int index, HashSet<int>?[] pairs)
    {
        var line = lines[index].Text;
        if (line.Length > MaxLine || line.Length < 2) return null;
        var own = PairsOf(lines, index, pairs);
        if (own.Count == 0) return null;
        return (Share(own, lines, index, -1, pairs), Share(own, lines, index, +1, pairs));
    }

    private static int Share(HashSet<int> own, IReadOnlyList<LineEvidence> lines, int index, int step, HashSet<int>?[] pairs)
    {
        var last = index;
        for (var k = 1; k <= Window; k++)
        {
            var j = index + step * k;
            if (j < 0 || j >= lines.Count || lines[j].Flags.Contains('M', StringComparison.Ordinal)) break;
            last = j;
        }

        var shared = 0;
        foreach (var pair in own)
        {
            for (var j = index + step; j != last + step && last != index; j += step)
            {
                if (!PairsOf(lines, j, pairs).Contains(pair)) continue;
                shared++;
                break;
            }
        }

        return shared * 5 / own.Count;
    }

    private static HashSet<int> PairsOf(IReadOnlyList<LineEvidence> lines, int index, HashSet<int>?[] pairs) =>
        pairs[index] ??= Pairs(lines[index].Text);

    private static HashSet<int> Pairs(string text)
    {
        var pairs = new HashSet<int>();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (Parsing.TextRules.IsHan(text[i]) && Parsing.TextRules.IsHan(text[i + 1])) pairs.Add(text[i] << 16 | text[i + 1]);
        }

        return pairs;
    }
}
