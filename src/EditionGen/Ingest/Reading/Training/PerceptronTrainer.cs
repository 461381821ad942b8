using EditionGen.Ingest.Reading.Decoding;
using EditionGen.Ingest.Reading.Labels;
using EditionGen.Ingest.Reading.Model;

namespace EditionGen.Ingest.Reading.Training;

/// <summary>
/// Trains one pass of the reader as an averaged structured perceptron: each issue is decoded with the current
/// weights, and where the best labelling differs from the gold the gold's features and transitions gain and the
/// predicted ones lose. Issues are visited in a fixed order and sums are kept exactly, so the same corpus
/// always gives the same model.
/// </summary>
public static class PerceptronTrainer
{
    /// <summary>Trains one pass on the issues, each line described by <paramref name="features"/> (one array of lines per issue).</summary>
    public static LabelModel Train(IReadOnlyList<GoldIssue> issues, IReadOnlyList<ulong[][]> features, TrainingOptions options, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(options);
        var labels = LineLabels.Count;
        var examples = issues.Select((issue, k) => (Features: features[k], Gold: issue.Labels.Select(l => (int)l).ToArray(), issue.Weight)).ToList();

        var rows = new Dictionary<ulong, int>();
        foreach (var example in examples)
        {
            foreach (var line in example.Features)
            {
                foreach (var f in line) rows.TryAdd(f, rows.Count);
            }
        }

        var weights = new double[rows.Count * labels];
        var totals = new double[rows.Count * labels];
        var transitions = new double[(labels + 1) * labels];
        var transitionTotals = new double[transitions.Length];
        var featureRows = examples.Select(e => e.Features.Select(line => line.Select(f => rows[f]).ToArray()).ToArray()).ToList();
        long step = 1;

        // Each issue is learned in short windows, each decoded after the gold label of the line before it:
        // many small corrections converge where one correction per whole issue does not.
        var windows = new List<(int Example, int From, int To)>();
        for (var k = 0; k < examples.Count; k++)
        {
            for (var from = 0; from < examples[k].Gold.Length; from += options.Window)
                windows.Add((k, from, Math.Min(from + options.Window, examples[k].Gold.Length)));
        }

        var floats = new float[transitions.Length];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var errors = 0;
            var total = 0;
            foreach (var w in Order(windows.Count, epoch))
            {
                var (k, from, to) = windows[w];
                var gold = examples[k].Gold;
                var lineRows = featureRows[k];
                var weight = examples[k].Weight;
                var previous = from == 0 ? labels : gold[from - 1];
                var emissions = Emissions(lineRows, from, to, weights, labels);
                LabelMask.Apply(issues[k].Lines, emissions, from);
                for (var t = 0; t < floats.Length; t++) floats[t] = (float)transitions[t];
                var predicted = Viterbi.Decode(emissions, floats, previous);
                total += to - from;
                for (var j = 0; j < predicted.Length; j++)
                {
                    var i = from + j;
                    if (predicted[j] == gold[i]) continue;
                    errors++;
                    foreach (var row in lineRows[i])
                    {
                        Update(weights, totals, row * labels + gold[i], weight, step);
                        Update(weights, totals, row * labels + predicted[j], -weight, step);
                    }
                }

                for (var j = 0; j < predicted.Length; j++)
                {
                    var i = from + j;
                    var goldFrom = j == 0 ? previous : gold[i - 1];
                    var predictedFrom = j == 0 ? previous : predicted[j - 1];
                    if (goldFrom == predictedFrom && gold[i] == predicted[j]) continue;
                    Update(transitions, transitionTotals, goldFrom * labels + gold[i], weight, step);
                    Update(transitions, transitionTotals, predictedFrom * labels + predicted[j], -weight, step);
                }

                step++;
            }

            progress?.Invoke($"epoch {epoch}: {errors} of {total} lines labelled wrong");
        }

        var averaged = Average(weights, totals, step);
        var averagedTransitions = Average(transitions, transitionTotals, step);
        ForbidUnseen(averagedTransitions, examples.Select(e => e.Gold), labels);
        return Prune(rows, averaged, averagedTransitions, options.Temperature);
    }

    /// <summary>A fixed pseudo-random order per epoch: the same for every run, different between epochs.</summary>
    private static IEnumerable<int> Order(int count, int epoch)
    {
        var random = new Random(epoch * 7919);
        var order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        return order;
    }

    private static float[][] Emissions(int[][] lineRows, int from, int to, double[] weights, int labels)
    {
        var result = new float[to - from][];
        for (var i = from; i < to; i++)
        {
            var scores = new double[labels];
            foreach (var row in lineRows[i])
            {
                for (var l = 0; l < labels; l++) scores[l] += weights[row * labels + l];
            }

            result[i - from] = scores.Select(s => (float)s).ToArray();
        }

        return result;
    }

    private static void Update(double[] weights, double[] totals, int index, double delta, long step)
    {
        weights[index] += delta;
        totals[index] += step * delta;
    }

    private static float[] Average(double[] weights, double[] totals, long step) =>
        weights.Select((w, i) => (float)Math.Round(w - totals[i] / step, 4)).ToArray();

    /// <summary>A pair of labels that never follows each other in the gold (a continuation right after a page marker) is ruled out.</summary>
    private static void ForbidUnseen(float[] transitions, IEnumerable<int[]> golds, int labels)
    {
        var seen = new bool[transitions.Length];
        foreach (var gold in golds)
        {
            for (var i = 0; i < gold.Length; i++) seen[(i == 0 ? labels : gold[i - 1]) * labels + gold[i]] = true;
        }

        // A cut piece goes on with running text, never with a headline or a line outside the articles, even
        // where a printed page's reading order put one there.
        foreach (var label in LineLabels.All.Where(l => l.IsHeadline() || l.IsOutside()))
            seen[(int)label * labels + (int)LineLabel.Continuation] = false;
        seen[labels * labels + (int)LineLabel.Continuation] = false;

        for (var k = 0; k < transitions.Length; k++)
        {
            if (!seen[k]) transitions[k] = -1e4f;
        }
    }

    private static LabelModel Prune(Dictionary<ulong, int> rows, float[] weights, float[] transitions, float temperature)
    {
        var labels = LineLabels.Count;
        var kept = new Dictionary<ulong, int>();
        var keptWeights = new List<float>();
        foreach (var (hash, row) in rows.OrderBy(r => r.Key))
        {
            var span = weights.AsSpan(row * labels, labels);
            if (!span.ContainsAnyExcept(0f)) continue;
            kept.Add(hash, kept.Count);
            keptWeights.AddRange(span.ToArray());
        }

        return new LabelModel(kept, keptWeights.ToArray(), transitions, temperature);
    }
}
