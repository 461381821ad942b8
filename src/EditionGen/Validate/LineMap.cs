namespace EditionGen.Validate;

/// <summary>
/// Turns a character index into a 1-based line and column. AngleSharp's own <c>TextPosition</c> keeps
/// line and column in 16 bits, which wraps on long minified pages; its 0-based index does not.
/// The lines are found at the first position asked for: most pages have no finding to place.
/// </summary>
internal sealed class LineMap(string text)
{
    private List<int>? _lineStarts;

    public (int Line, int Column) Locate(int index)
    {
        var starts = _lineStarts ??= LineStarts(text);
        var found = starts.BinarySearch(Math.Max(index, 0));
        var line = found >= 0 ? found : ~found - 1;
        return (line + 1, index - starts[line] + 1);
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) starts.Add(i + 1);
        return starts;
    }
}
