namespace EditionGen.Ingest.Reading.Features;

/// <summary>
/// The lines just below the point a sweep down the seed has reached, as one window: the nearest lines, as many
/// as it takes to hold about <c>reach</c> pairs, never past a line where <c>stops</c> holds. As the sweep moves
/// on, the nearest line leaves and lines further down enter, each once.
/// </summary>
internal sealed class LinesBelow(SeedPairs pairs, PairWindow window, int reach, int count, Func<int, bool> stops)
{
    private int _from;
    private int _to;
    private int _taken;

    public PairWindow Window => window;

    /// <summary>Makes the window the lines below line <paramref name="line"/>; lines must come in order down the seed.</summary>
    public void Below(int line)
    {
        while (_from <= line)
        {
            if (_from < _to)
            {
                pairs.Remove(_from, window);
                _taken -= pairs.CountOf(_from);
            }

            _from++;
        }

        if (_to < _from) _to = _from;
        while (_to < count && _taken < reach && !stops(_to))
        {
            pairs.Add(_to, window);
            _taken += pairs.CountOf(_to);
            _to++;
        }
    }
}
