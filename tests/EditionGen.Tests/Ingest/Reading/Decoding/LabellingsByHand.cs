using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Tests.Ingest.Reading.Decoding;

/// <summary>Every labelling of a few lines, scored one by one: what the decoders must agree with.</summary>
internal static class LabellingsByHand
{
    public static float[][] Emissions(int lines, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, lines)
            .Select(_ => Enumerable.Range(0, LineLabels.Count).Select(_ => (float)(random.NextDouble() * 40 - 20)).ToArray())
            .ToArray();
    }

    public static float[] Transitions(int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, (LineLabels.Count + 1) * LineLabels.Count).Select(_ => (float)(random.NextDouble() * 30 - 15)).ToArray();
    }

    /// <summary>Every labelling with its probability: its score's share of all labellings' under the temperature.</summary>
    public static List<(int[] Path, double Probability)> Weighed(float[][] emissions, float[] transitions, float temperature)
    {
        var all = All(emissions, transitions).ToList();
        var top = all.Max(p => p.Score);
        var weights = all.Select(p => Math.Exp((p.Score - top) / temperature)).ToList();
        var sum = weights.Sum();
        return all.Select((p, k) => (p.Path, weights[k] / sum)).ToList();
    }

    public static IEnumerable<(int[] Path, double Score)> All(float[][] emissions, float[] transitions)
    {
        var labels = LineLabels.Count;
        var path = new int[emissions.Length];
        var total = (long)Math.Pow(labels, emissions.Length);
        for (long k = 0; k < total; k++)
        {
            var rest = k;
            for (var i = emissions.Length - 1; i >= 0; i--)
            {
                path[i] = (int)(rest % labels);
                rest /= labels;
            }

            double score = transitions[labels * labels + path[0]] + emissions[0][path[0]];
            for (var i = 1; i < path.Length; i++) score += transitions[path[i - 1] * labels + path[i]] + emissions[i][path[i]];
            yield return ((int[])path.Clone(), score);
        }
    }
}
