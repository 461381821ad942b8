namespace EditionGen.Ingest.Reading.Features;

/// <summary>
/// A unit the reader labels: one non-blank line of a seed, with what the layout around it says (an indent,
/// blank lines before and after it).
/// </summary>
public sealed record ReaderLine(int Number, string Text, bool Indented, bool BlankBefore, bool BlankAfter)
{
    /// <summary>The non-blank lines of a seed's text, numbered as in the seed.</summary>
    public static IReadOnlyList<ReaderLine> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var raw = Parsing.SeedLine.Split(text);
        var lines = new List<ReaderLine>();
        var blankBefore = true;
        for (var i = 0; i < raw.Count; i++)
        {
            var line = raw[i];
            if (line.IsBlank)
            {
                blankBefore = true;
                continue;
            }

            var blankAfter = i + 1 >= raw.Count || raw[i + 1].IsBlank;
            lines.Add(new ReaderLine(line.Number, line.Trimmed, line.IsIndented, blankBefore, blankAfter));
            blankBefore = false;
        }

        return lines;
    }
}
