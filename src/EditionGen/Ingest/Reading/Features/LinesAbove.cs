namespace EditionGen.Ingest.Reading.Features;

/// <summary>
/// The lines just above the point a sweep down the seed has reached, as one window: the nearest lines, as many
/// as it takes to hold about <c>reach</c> pairs. Each line enters once and leaves once, so a sweep costs as much as
/// the seed is long, however wide the window.
/// </summary>
internal sealed class LinesAbove(SeedPairs pairs, PairWindow window, int reach)
{
    private int _from;
    private int _to;
    private int _taken;

    public PairWindow Window => window;

    /// <summary>Empties the window; the next line pushed is its first.</summary>
    public void Clear()
    {
        window.Clear();
        _from = _to = _taken = 0;
    }

    /// <summary>Adds the line below the window's last, and lets the farthest lines go while the rest hold enough.</summary>
    public void Push(int line)
    {
        if (_to == _from) _from = _to = line;
        pairs.Add(line, window);
        _taken += pairs.CountOf(line);
        _to = line + 1;
        while (_to - _from > 1 && _taken - pairs.CountOf(_from) >= reach)
        {
            pairs.Remove(_from, window);
            _taken -= pairs.CountOf(_from);
            _from++;
        }
    }
}
