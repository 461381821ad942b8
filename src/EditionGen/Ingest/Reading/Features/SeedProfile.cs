namespace EditionGen.Ingest.Reading.Features;

/// <summary>
/// What holds for a whole seed and gives each line's evidence its scale: whether paragraphs are marked by
/// indents or by blank lines, and how wide a full printed line is.
/// </summary>
public sealed record SeedProfile(bool Indents, bool Tight, int FullWidth)
{
    public static SeedProfile Of(IReadOnlyList<ReaderLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var indented = lines.Count(l => l.Indented);
        var tight = lines.Count(l => !l.BlankBefore);
        var indents = indented >= 3 && tight * 2 >= indented;

        // The width of a full line is what most long lines reach: the upper quartile of the lengths of lines
        // that hold running text (those with a comma or full stop).
        var lengths = lines.Where(l => l.Text.Length >= 8 && Parsing.TextRules.HasClausePunctuation(l.Text))
            .Select(l => l.Text.Length).Order().ToList();
        var width = lengths.Count == 0 ? 40 : lengths[lengths.Count * 3 / 4];
        return new SeedProfile(indents, tight * 2 >= lines.Count, Math.Max(width, 10));
    }
}
