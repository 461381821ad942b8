using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Ingest.Reading.Model;

/// <summary>
/// One labelling pass of the reader: a weight for each (feature, label) pair and for each pair of neighbouring
/// labels, and the temperature that turns scores into probabilities. A line's score for a label is the sum of the
/// weights of its features for that label; a labelling's score adds the transitions between its labels.
/// </summary>
public sealed class LabelModel
{
    private readonly Dictionary<ulong, int> _rows;
    private readonly float[] _weights;

    public LabelModel(Dictionary<ulong, int> rows, float[] weights, float[] transitions, float temperature)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(transitions);
        if (weights.Length != rows.Count * LineLabels.Count) throw new ArgumentException("one row of weights per feature is needed", nameof(weights));
        if (transitions.Length != (LineLabels.Count + 1) * LineLabels.Count) throw new ArgumentException("a transition per pair of labels and from the start is needed", nameof(transitions));
        _rows = rows;
        _weights = weights;
        Transitions = transitions;
        Temperature = temperature;
    }

    /// <summary>Row <c>from</c> (or <see cref="LineLabels.Count"/> for the first line), column <c>to</c>.</summary>
    public float[] Transitions { get; }

    public float Temperature { get; }

    public int FeatureCount => _rows.Count;

    public IReadOnlyDictionary<ulong, int> Rows => _rows;

    public ReadOnlySpan<float> Row(int row) => _weights.AsSpan(row * LineLabels.Count, LineLabels.Count);

    public float Transition(int from, int to) => Transitions[from * LineLabels.Count + to];

    /// <summary>Each line's score for each label, from its features.</summary>
    public float[][] Emissions(ulong[][] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var labels = LineLabels.Count;
        var scores = new float[features.Length][];
        for (var i = 0; i < features.Length; i++)
        {
            var line = new float[labels];
            foreach (var feature in features[i])
            {
                if (!_rows.TryGetValue(feature, out var row)) continue;
                var weights = _weights.AsSpan(row * labels, labels);
                for (var l = 0; l < labels; l++) line[l] += weights[l];
            }

            scores[i] = line;
        }

        return scores;
    }
}
