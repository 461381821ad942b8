using System.Numerics;
using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Ingest.Reading.Decoding;

/// <summary>The best labelling of a seed's lines under the model: one decoding for boundaries, headline roles and cut joins.</summary>
public static class Viterbi
{
    public static int[] Decode(float[][] emissions, float[] transitions) => Decode(emissions, transitions, LineLabels.Count);

    /// <summary>Decodes lines that follow a line labelled <paramref name="previous"/> (<see cref="LineLabels.Count"/>: none).</summary>
    public static int[] Decode(ReadOnlySpan<float[]> emissions, float[] transitions, int previous)
    {
        ArgumentNullException.ThrowIfNull(transitions);
        var n = emissions.Length;
        var labels = LineLabels.Count;
        var path = new int[n];
        if (n == 0) return path;

        var score = new float[labels];
        var best = new float[labels];
        var back = new int[n * labels];
        for (var l = 0; l < labels; l++) score[l] = transitions[previous * labels + l] + emissions[0][l];

        for (var i = 1; i < n; i++)
        {
            var arg = back.AsSpan(i * labels, labels);
            best.AsSpan().Fill(float.NegativeInfinity);
            for (var from = 0; from < labels; from++) Relax(best, arg, score[from], transitions.AsSpan(from * labels, labels), from);
            var emission = emissions[i];
            for (var to = 0; to < labels; to++) score[to] = best[to] + emission[to];
        }

        var last = 0;
        for (var l = 1; l < labels; l++)
        {
            if (score[l] > score[last]) last = l;
        }

        path[n - 1] = last;
        for (var i = n - 1; i > 0; i--) path[i - 1] = back[i * labels + path[i]];
        return path;
    }

    /// <summary>
    /// For every label <c>to</c>, whether coming from <paramref name="from"/> beats the best way in so far; the
    /// first of equal ways is kept. Several labels at a time, each compared exactly as one at a time would be.
    /// </summary>
    private static void Relax(Span<float> best, Span<int> arg, float from, ReadOnlySpan<float> moves, int label)
    {
        var width = Vector<float>.Count;
        var to = 0;
        if (Vector.IsHardwareAccelerated && Vector<int>.Count == width)
        {
            var score = new Vector<float>(from);
            var index = new Vector<int>(label);
            for (; to + width <= best.Length; to += width)
            {
                var s = score + new Vector<float>(moves[to..]);
                var b = new Vector<float>(best[to..]);
                var better = Vector.GreaterThan(s, b);
                Vector.ConditionalSelect(better, s, b).CopyTo(best[to..]);
                Vector.ConditionalSelect(better, index, new Vector<int>(arg[to..])).CopyTo(arg[to..]);
            }
        }

        for (; to < best.Length; to++)
        {
            var s = from + moves[to];
            if (!(s > best[to])) continue;
            best[to] = s;
            arg[to] = label;
        }
    }
}
