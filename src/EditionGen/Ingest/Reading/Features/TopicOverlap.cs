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

    /// <summary>The shares above and below in fifths (0 to 5), or null for a line too long to be a heading.</summary>
    public static (int Above, int Below)? Of(IReadOnlyList<LineEvidence> lines, int index)
    {
        var line = lines[index].Text;
        if (line.Length > MaxLine || line.Length < 2) return null;
        var pairs = Pairs(line);
        if (pairs.Count == 0) return null;
        return (Share(pairs, lines, index, -1), Share(pairs, lines, index, +1));
    }

    private static int Share(HashSet<int> pairs, IReadOnlyList<LineEvidence> lines, int index, int step)
    {
        var window = new HashSet<int>();
        for (var k = 1; k <= Window; k++)
        {
            var j = index + step * k;
            if (j < 0 || j >= lines.Count || lines[j].Flags.Contains('M', StringComparison.Ordinal)) break;
            window.UnionWith(Pairs(lines[j].Text));
        }

        var shared = pairs.Count(window.Contains);
        return shared * 5 / pairs.Count;
    }

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
