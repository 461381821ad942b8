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

    /// <summary>The numbering of short lines' pairs while a seed is read, kept for the thread's next seed.</summary>
    [ThreadStatic]
    private static PairNumbers? t_ids;

    /// <summary>
    /// For each line, the shares above and below in fifths (0 to 5), or null for a line too long to be a
    /// heading. One sweep down the seed remembers where each pair was last seen, one sweep up where it is next.
    /// </summary>
    public static (int Above, int Below)?[] Of(IReadOnlyList<LineEvidence> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var result = new (int Above, int Below)?[lines.Count];
        var ids = t_ids ??= new PairNumbers();
        ids.Clear();
        var own = new int[]?[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (IsShort(lines[i].Text)) own[i] = OwnPairs(lines[i].Text, ids);
        }

        if (ids.Count == 0) return result;
        // Only pairs that start with a character some short line's pair starts with are looked up.
        Span<ulong> starts = stackalloc ulong[(char.MaxValue + 1) / 64];
        starts.Clear();
        ids.MarkFirstCharacters(starts);
        var printed = new int[lines.Count][];
        for (var i = 0; i < lines.Count; i++) printed[i] = Printed(lines[i].Text, ids, starts);

        var above = Sweep(lines, own, printed, ids.Count, -1);
        var below = Sweep(lines, own, printed, ids.Count, +1);
        for (var i = 0; i < lines.Count; i++)
        {
            if (own[i] is { Length: > 0 }) result[i] = (above[i], below[i]);
        }

        return result;
    }

    private static bool IsShort(string text) => text.Length is >= 2 and <= MaxLine;

    /// <summary>
    /// Walks the seed against <paramref name="step"/> (down for the window above, up for the one below),
    /// remembering for each pair the nearest line passed that prints it, and scores each short line from that.
    /// </summary>
    private static int[] Sweep(IReadOnlyList<LineEvidence> lines, int[]?[] own, int[][] printed, int pairs, int step)
    {
        var shares = new int[lines.Count];
        var seen = new int[pairs];
        Array.Fill(seen, -1);
        var first = step < 0 ? 0 : lines.Count - 1;
        for (var i = first; i >= 0 && i < lines.Count; i -= step)
        {
            if (own[i] is { Length: > 0 } mine)
            {
                var edge = Edge(lines, i, step);
                var shared = 0;
                if (edge != i)
                {
                    foreach (var id in mine)
                    {
                        if (seen[id] >= 0 && (step < 0 ? seen[id] >= edge : seen[id] <= edge)) shared++;
                    }
                }

                shares[i] = shared * 5 / mine.Length;
            }

            foreach (var id in printed[i]) seen[id] = i;
        }

        return shares;
    }

    /// <summary>The farthest line of the window on one side (the line itself when the window is empty).</summary>
    private static int Edge(IReadOnlyList<LineEvidence> lines, int index, int step)
    {
        var last = index;
        for (var k = 1; k <= Window; k++)
        {
            var j = index + step * k;
            if (j < 0 || j >= lines.Count || lines[j].Flags.Contains('M', StringComparison.Ordinal)) break;
            last = j;
        }

        return last;
    }

    /// <summary>A short line's pairs of Han characters, each once, numbered in <paramref name="ids"/>.</summary>
    private static int[] OwnPairs(string text, PairNumbers ids)
    {
        var mine = new List<int>(text.Length);
        for (var c = 0; c + 1 < text.Length; c++)
        {
            if (!IsHanPair(text, c)) continue;
            var id = ids.NumberOf(text[c] << 16 | text[c + 1]);
            if (!mine.Contains(id)) mine.Add(id);
        }

        return mine.ToArray();
    }

    /// <summary>The numbers of the pairs of some short line that this line prints.</summary>
    private static int[] Printed(string text, PairNumbers ids, ReadOnlySpan<ulong> starts)
    {
        var found = new List<int>();
        for (var c = 0; c + 1 < text.Length; c++)
        {
            if ((starts[text[c] >> 6] & 1UL << (text[c] & 63)) != 0 && IsHanPair(text, c) && ids.TryFind(text[c] << 16 | text[c + 1], out var id)) found.Add(id);
        }

        return found.ToArray();
    }

    private static bool IsHanPair(string text, int at) => Parsing.TextRules.IsHan(text[at]) && Parsing.TextRules.IsHan(text[at + 1]);
}
