namespace EditionGen.Ingest.Reading.Features;

/// <summary>
/// The pairs of some lines, counted: a count for each of the seed's pairs, the list of those counted, and the
/// squared length of the weighed counts, kept up to date as lines come and go.
/// </summary>
internal sealed class PairWindow
{
    private readonly double[] _weights;
    private readonly int[] _counts;
    private readonly int[] _position;
    private readonly List<int> _counted = [];
    private int _size;

    public PairWindow(double[] weights)
    {
        _weights = weights;
        _counts = new int[weights.Length];
        _position = new int[weights.Length];
        Array.Fill(_position, -1);
    }

    /// <summary>The pairs counted now, each once.</summary>
    public ReadOnlySpan<int> Counted => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_counted);

    /// <summary>Whether no pair is counted.</summary>
    public bool IsEmpty => _size == 0;

    /// <summary>The sum of the squares of the weighed counts.</summary>
    public double Norm { get; private set; }

    public int CountOf(int id) => _counts[id];

    public void Add(int id)
    {
        var count = _counts[id]++;
        if (count == 0)
        {
            _position[id] = _counted.Count;
            _counted.Add(id);
        }

        _size++;
        Norm += (2 * count + 1) * _weights[id] * _weights[id];
    }

    public void Remove(int id)
    {
        var count = _counts[id]--;
        _size--;
        Norm -= (2 * count - 1) * _weights[id] * _weights[id];
        if (count != 1) return;

        // The pair is no longer counted: the last of the list takes its place.
        var at = _position[id];
        var last = _counted[^1];
        _counted[at] = last;
        _position[last] = at;
        _counted.RemoveAt(_counted.Count - 1);
        _position[id] = -1;
    }

    public void Clear()
    {
        foreach (var id in _counted)
        {
            _counts[id] = 0;
            _position[id] = -1;
        }

        _counted.Clear();
        _size = 0;
        Norm = 0;
    }
}
