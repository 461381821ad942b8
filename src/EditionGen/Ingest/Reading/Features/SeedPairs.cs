namespace EditionGen.Ingest.Reading.Features;

/// <summary>
/// The Han character pairs of each line of a seed, numbered, and each pair's weight: how rare it is among the
/// seed's lines (a pair printed on many lines, such as 我们 or 发展, says little of what a text is about).
/// Windows of lines are compared as the cosine of their weighed pair counts.
/// </summary>
public sealed class SeedPairs
{
    private readonly int[] _pairs;
    private readonly int[] _starts;
    private readonly double[] _weights;
    private readonly PairWindow _above;
    private readonly PairWindow _below;

    /// <summary>The numbering of pairs and the list of every line's pairs while a seed is read: their room is kept for the thread's next seed.</summary>
    [ThreadStatic]
    private static PairNumbers? t_ids;

    [ThreadStatic]
    private static List<int>? t_found;

    private SeedPairs(int[] pairs, int[] starts, double[] weights)
    {
        _pairs = pairs;
        _starts = starts;
        _weights = weights;
        _above = new PairWindow(weights);
        _below = new PairWindow(weights);
    }

    /// <summary>The pairs of a seed's lines.</summary>
    public static SeedPairs Of(IReadOnlyList<ReaderLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var ids = t_ids ??= new PairNumbers();
        var found = t_found ??= new List<int>(4096);
        ids.Clear();
        found.Clear();
        var starts = new int[lines.Count + 1];
        for (var i = 0; i < lines.Count; i++)
        {
            starts[i] = found.Count;
            var text = lines[i].Text;
            for (var c = 0; c + 1 < text.Length; c++)
            {
                if (!Parsing.TextRules.IsHan(text[c]) || !Parsing.TextRules.IsHan(text[c + 1])) continue;
                found.Add(ids.NumberOf(text[c] << 16 | text[c + 1]));
            }
        }

        starts[lines.Count] = found.Count;
        var all = found.ToArray();
        var counts = new double[ids.Count];
        var lastLine = new int[ids.Count];
        Array.Fill(lastLine, -1);
        for (var i = 0; i < lines.Count; i++)
        {
            for (var k = starts[i]; k < starts[i + 1]; k++)
            {
                if (lastLine[all[k]] == i) continue;
                lastLine[all[k]] = i;
                counts[all[k]]++;
            }
        }

        // Each pair's weight, in place of its count: the log of how many times rarer than a pair on every line it is.
        for (var id = 0; id < counts.Length; id++) counts[id] = Math.Log((lines.Count + 1.0) / counts[id]);
        return new SeedPairs(all, starts, counts);
    }

    /// <summary>Two empty windows over this seed's pairs, the same two at every call (one reading at a time).</summary>
    internal (PairWindow Above, PairWindow Below) Windows()
    {
        _above.Clear();
        _below.Clear();
        return (_above, _below);
    }

    /// <summary>How many pairs line <paramref name="line"/> prints.</summary>
    internal int CountOf(int line) => _starts[line + 1] - _starts[line];

    private ReadOnlySpan<int> PairsOf(int line) => _pairs.AsSpan(_starts[line], CountOf(line));

    /// <summary>Counts line <paramref name="line"/>'s pairs into <paramref name="window"/>.</summary>
    internal void Add(int line, PairWindow window)
    {
        foreach (var id in PairsOf(line)) window.Add(id);
    }

    /// <summary>Takes line <paramref name="line"/>'s pairs out of <paramref name="window"/>.</summary>
    internal void Remove(int line, PairWindow window)
    {
        foreach (var id in PairsOf(line)) window.Remove(id);
    }

    /// <summary>The cosine of two windows' weighed pair counts (0 when either is empty), in the time of the smaller.</summary>
    internal double Cosine(PairWindow a, PairWindow b)
    {
        if (a.IsEmpty || b.IsEmpty) return 0;
        var (small, large) = a.Counted.Length <= b.Counted.Length ? (a, b) : (b, a);
        var dot = 0.0;
        foreach (var id in small.Counted)
        {
            var count = large.CountOf(id);
            if (count != 0) dot += small.CountOf(id) * count * _weights[id] * _weights[id];
        }

        return dot <= 0 ? 0 : dot / Math.Sqrt(a.Norm * b.Norm);
    }
}
