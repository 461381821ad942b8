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
    private readonly FeatureTable _table;
    private readonly float[] _weights;
    private readonly int _stride;

    public LabelModel(Dictionary<ulong, int> rows, float[] weights, float[] transitions, float temperature)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(transitions);
        if (weights.Length != rows.Count * LineLabels.Count) throw new ArgumentException("one row of weights per feature is needed", nameof(weights));
        if (transitions.Length != (LineLabels.Count + 1) * LineLabels.Count) throw new ArgumentException("a transition per pair of labels and from the start is needed", nameof(transitions));
        _rows = rows;
        _table = new FeatureTable(rows);
        _stride = Padded(LineLabels.Count);
        _weights = new float[rows.Count * _stride];
        for (var row = 0; row < rows.Count; row++)
            weights.AsSpan(row * LineLabels.Count, LineLabels.Count).CopyTo(_weights.AsSpan(row * _stride));
        Transitions = transitions;
        Temperature = temperature;
        Moves = Decoding.Moves.Of(transitions, temperature);
    }

    /// <summary>Row <c>from</c> (or <see cref="LineLabels.Count"/> for the first line), column <c>to</c>.</summary>
    public float[] Transitions { get; }

    public float Temperature { get; }

    /// <summary>The transitions as factors of probability under the temperature, for the marginals.</summary>
    public Decoding.Moves Moves { get; }

    public int FeatureCount => _rows.Count;

    public IReadOnlyDictionary<ulong, int> Rows => _rows;

    public ReadOnlySpan<float> Row(int row) => _weights.AsSpan(row * _stride, LineLabels.Count);

    public float Transition(int from, int to) => Transitions[from * LineLabels.Count + to];

    /// <summary>Each line's score for each label, from its features (and, when given, its <paramref name="more"/> features after them).</summary>
    public float[][] Emissions(ulong[][] features, ulong[][]? more = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        var labels = LineLabels.Count;
        var scores = new float[features.Length][];
        Span<float> line = stackalloc float[_stride];
        for (var i = 0; i < features.Length; i++)
        {
            line.Clear();
            AddRows(line, features[i]);
            if (more is not null) AddRows(line, more[i]);
            scores[i] = line[..labels].ToArray();
        }

        return scores;
    }

    private void AddRows(Span<float> line, ulong[] features)
    {
        foreach (var feature in features)
        {
            var row = _table.Find(feature);
            if (row >= 0) Add(line, _weights.AsSpan(row * _stride, _stride));
        }
    }

    /// <summary><paramref name="into"/> += <paramref name="weights"/>, label by label, a whole vector of labels at a time.</summary>
    private static void Add(Span<float> into, ReadOnlySpan<float> weights)
    {
        var width = System.Numerics.Vector<float>.Count;
        for (var k = 0; k < into.Length; k += width)
            (new System.Numerics.Vector<float>(into[k..]) + new System.Numerics.Vector<float>(weights[k..])).CopyTo(into[k..]);
    }

    /// <summary>A row's length: the labels, padded with zero weights to whole vectors.</summary>
    private static int Padded(int labels)
    {
        var width = System.Numerics.Vector<float>.Count;
        return (labels + width - 1) / width * width;
    }
}
