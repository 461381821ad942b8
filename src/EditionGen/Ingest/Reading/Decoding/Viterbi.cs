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
        var next = new float[labels];
        var back = new int[n * labels];
        for (var l = 0; l < labels; l++) score[l] = transitions[previous * labels + l] + emissions[0][l];

        for (var i = 1; i < n; i++)
        {
            for (var to = 0; to < labels; to++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var from = 0; from < labels; from++)
                {
                    var s = score[from] + transitions[from * labels + to];
                    if (s > best)
                    {
                        best = s;
                        arg = from;
                    }
                }

                next[to] = best + emissions[i][to];
                back[i * labels + to] = arg;
            }

            (score, next) = (next, score);
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
}
