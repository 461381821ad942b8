namespace EditionGen.Validate;

/// <summary>
/// Turns a character index into a 1-based line and column. AngleSharp's own <c>TextPosition</c> keeps
/// line and column in 16 bits, which wraps on long minified pages; its 0-based index does not.
/// </summary>
internal sealed class LineMap
{
    private readonly List<int> _lineStarts = [0];

    public LineMap(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public (int Line, int Column) Locate(int index)
    {
        var found = _lineStarts.BinarySearch(Math.Max(index, 0));
        var line = found >= 0 ? found : ~found - 1;
        return (line + 1, index - _lineStarts[line] + 1);
    }
}
