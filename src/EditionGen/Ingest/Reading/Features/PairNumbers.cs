namespace EditionGen.Ingest.Reading.Features;

/// <summary>
/// Numbers the character pairs of a seed in the order they are first met: an open-addressing table of the
/// pairs' keys (two characters in one int, never 0), at most half full, cleared and reused for the next seed.
/// </summary>
internal sealed class PairNumbers
{
    private int[] _keys = new int[4096];
    private int[] _numbers = new int[4096];
    private int _shift = 32 - 12;

    /// <summary>How many pairs have a number.</summary>
    public int Count { get; private set; }

    public void Clear()
    {
        Array.Clear(_keys);
        Count = 0;
    }

    /// <summary>The pair's number, given now if the pair is new.</summary>
    public int NumberOf(int key)
    {
        if (Count * 2 >= _keys.Length) Grow();
        var slot = SlotOf(key);
        if (_keys[slot] == key) return _numbers[slot];
        _keys[slot] = key;
        _numbers[slot] = Count;
        return Count++;
    }

    /// <summary>The pair's number, if it has one.</summary>
    public bool TryFind(int key, out int number)
    {
        var slot = SlotOf(key);
        var found = _keys[slot] == key;
        number = found ? _numbers[slot] : -1;
        return found;
    }

    /// <summary>Marks in <paramref name="starts"/>, one bit a character, the first character of every numbered pair.</summary>
    public void MarkFirstCharacters(Span<ulong> starts)
    {
        foreach (var key in _keys)
        {
            if (key != 0) starts[key >>> 22] |= 1UL << ((key >>> 16) & 63);
        }
    }

    /// <summary>The slot that holds the key, or the empty one where it would go.</summary>
    private int SlotOf(int key)
    {
        var mask = _keys.Length - 1;
        var slot = (int)((uint)key * 2654435769u >> _shift);
        while (_keys[slot] != key && _keys[slot] != 0) slot = (slot + 1) & mask;
        return slot;
    }

    private void Grow()
    {
        var (keys, numbers) = (_keys, _numbers);
        _keys = new int[keys.Length * 2];
        _numbers = new int[keys.Length * 2];
        _shift--;
        for (var k = 0; k < keys.Length; k++)
        {
            if (keys[k] == 0) continue;
            var slot = SlotOf(keys[k]);
            _keys[slot] = keys[k];
            _numbers[slot] = numbers[k];
        }
    }
}
