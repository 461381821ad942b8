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
        var mask = _keys.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var found = _keys[slot];
            if (found == key) return _numbers[slot];
            if (found != 0) continue;
            _keys[slot] = key;
            _numbers[slot] = Count;
            return Count++;
        }
    }

    /// <summary>The pair's number, if it has one.</summary>
    public bool TryFind(int key, out int number)
    {
        var mask = _keys.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var found = _keys[slot];
            if (found == key)
            {
                number = _numbers[slot];
                return true;
            }

            if (found != 0) continue;
            number = -1;
            return false;
        }
    }

    /// <summary>Marks in <paramref name="starts"/>, one bit a character, the first character of every numbered pair.</summary>
    public void MarkFirstCharacters(Span<ulong> starts)
    {
        foreach (var key in _keys)
        {
            if (key != 0) starts[key >>> 22] |= 1UL << ((key >>> 16) & 63);
        }
    }

    private int Slot(int key) => (int)((uint)key * 2654435769u >> _shift);

    private void Grow()
    {
        var (keys, numbers) = (_keys, _numbers);
        _keys = new int[keys.Length * 2];
        _numbers = new int[keys.Length * 2];
        _shift--;
        var mask = _keys.Length - 1;
        for (var k = 0; k < keys.Length; k++)
        {
            if (keys[k] == 0) continue;
            var slot = Slot(keys[k]);
            while (_keys[slot] != 0) slot = (slot + 1) & mask;
            _keys[slot] = keys[k];
            _numbers[slot] = numbers[k];
        }
    }
}
