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
        Span<int> buffer = stackalloc int[MaxLine];
        var own = Pairs(line, buffer);
        if (own.Length == 0) return null;
        Span<bool> found = stackalloc bool[own.Length];
        return (Share(own, found, lines, index, -1), Share(own, found, lines, index, +1));
    }

    /// <summary>How many of the line's own pairs (in fifths of them) any line of the window on one side prints.</summary>
    private static int Share(ReadOnlySpan<int> own, Span<bool> found, IReadOnlyList<LineEvidence> lines, int index, int step)
    {
        found.Clear();
        var shared = 0;
        for (var k = 1; k <= Window && shared < own.Length; k++)
        {
            var j = index + step * k;
            if (j < 0 || j >= lines.Count || lines[j].Flags.Contains('M', StringComparison.Ordinal)) break;
            var text = lines[j].Text;
            for (var c = 0; c + 1 < text.Length; c++)
            {
                if (!IsHanPair(text, c)) continue;
                var at = own.BinarySearch(text[c] << 16 | text[c + 1]);
                if (at < 0 || found[at]) continue;
                found[at] = true;
                shared++;
            }
        }

        return shared * 5 / own.Length;
    }

    /// <summary>The line's pairs of Han characters, sorted, each once.</summary>
    private static Span<int> Pairs(string text, Span<int> buffer)
    {
        var count = 0;
        for (var c = 0; c + 1 < text.Length; c++)
        {
            if (IsHanPair(text, c)) buffer[count++] = text[c] << 16 | text[c + 1];
        }

        var pairs = buffer[..count];
        pairs.Sort();
        var distinct = count == 0 ? 0 : 1;
        for (var k = 1; k < count; k++)
        {
            if (pairs[k] != pairs[distinct - 1]) pairs[distinct++] = pairs[k];
        }

        return pairs[..distinct];
    }

    private static bool IsHanPair(string text, int at) => Parsing.TextRules.IsHan(text[at]) && Parsing.TextRules.IsHan(text[at + 1]);
}
