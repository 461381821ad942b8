namespace EditionGen.Ingest.Reading.Model;

/// <summary>
/// Finds a feature's row of weights: an open-addressing table of the feature hashes, at most half full, so a
/// lookup costs one or two probes of one array; reading a seed makes one lookup per feature of every line.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    public FeatureTable(IReadOnlyDictionary<ulong, int> rows)
    {
        var size = 16;
        while (size < rows.Count * 2) size *= 2;
        _keys = new ulong[size];
        _rows = new int[size];
        _mask = size - 1;
        Array.Fill(_rows, -1);
        foreach (var (key, row) in rows)
        {
            var slot = Slot(key);
            while (_rows[slot] >= 0) slot = (slot + 1) & _mask;
            _keys[slot] = key;
            _rows[slot] = row;
        }
    }

    /// <summary>The feature's row, or -1 for a feature the model never learned a weight for.</summary>
    public int Find(ulong key)
    {
        for (var slot = Slot(key); ; slot = (slot + 1) & _mask)
        {
            var row = _rows[slot];
            if (row < 0 || _keys[slot] == key) return row;
        }
    }

    // The hashes are FNV-1a values already; their high bits are mixed into the low ones the mask keeps.
    private int Slot(ulong key) => (int)((key ^ (key >> 29)) & (ulong)_mask);
}
