namespace EditionGen.Ingest.Parsing;

/// <summary>
/// Cuts seed lines into units. Two conventions exist: blank lines between paragraphs (lines printed
/// together are one paragraph wrapped, unless width and punctuation say a new one starts), and indented
/// paragraphs (an indented line opens a unit, the lines under it continue it). A line ending in a colon
/// with at least two short lines right under it is a list.
/// </summary>
internal static class UnitBuilder
{
    private const int MaxItemLength = 60;

    /// <summary>Printed columns are at least this many characters wide.</summary>
    private const int MinWrappedWidth = 10;

    /// <summary>
    /// Whether the seed separates paragraphs by indenting them rather than by blank lines: it has indented
    /// lines, and lines follow each other without blank lines between them. A seed that indents its
    /// paragraphs and still puts blank lines between them is read by its blank lines.
    /// </summary>
    public static bool UsesIndents(IReadOnlyList<SeedLine> lines)
    {
        var indented = 0;
        var tight = 0;
        var previousBlank = true;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                previousBlank = true;
                continue;
            }

            if (line.IsIndented) indented++;
            if (!previousBlank) tight++;
            previousBlank = false;
        }

        return indented >= 3 && tight * 2 >= indented;
    }

    public static List<Unit> Build(IReadOnlyList<SeedLine> lines, bool indents)
    {
        var units = new List<Unit>();
        Unit? current = null;
        var blankBefore = false;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                blankBefore = true;
                current = null;
                continue;
            }

            var text = line.Trimmed;
            var kind = LineClassifier.Classify(text);
            var marker = kind == UnitKind.PageMarker ? PageMarkers.Read(text) : null;

            if (current is not null && kind != UnitKind.PageMarker && !line.IsIndented && StartsList(current, text))
            {
                current.Kind = UnitKind.List;
                current.Items = [(line.Number, text)];
                continue;
            }

            if (current is not null && kind != UnitKind.PageMarker && !line.IsIndented && Continues(current, text, kind, indents))
            {
                if (current.Kind == UnitKind.List) current.Items!.Add((line.Number, text));
                else current.Append(line.Number, text);
                continue;
            }

            current = Unit.Of(line, kind, blankBefore, marker);
            units.Add(current);
            blankBefore = false;
            if (kind == UnitKind.PageMarker) current = null;
        }

        UndoOneItemLists(units);
        return units;
    }

    /// <summary>
    /// A colon may just happen to end a printed line; a list needs two items, otherwise its one item is
    /// the rest of the paragraph.
    /// </summary>
    private static void UndoOneItemLists(List<Unit> units)
    {
        foreach (var unit in units)
        {
            if (unit.Kind != UnitKind.List || unit.Items!.Count != 1) continue;
            var item = unit.Items[0];
            unit.Items = null;
            unit.Kind = UnitKind.Body;
            unit.Append(item.Line, item.Text);
        }
    }

    private static bool StartsList(Unit current, string next) =>
        current.Pieces.Count == 1
        && current.Items is null
        && current.Kind is UnitKind.Body or UnitKind.Heading
        && current.EndsWithColon
        && next.Length <= MaxItemLength
        && !TextRules.CannotStartSentence(next);

    /// <summary>
    /// With blank lines between paragraphs, a line right under running text is the same paragraph wrapped,
    /// unless the text above ended its sentence on a line narrower than the paragraph's widest line (or on
    /// a long single line): then a new paragraph or a subhead starts without its blank line.
    /// </summary>
    private static bool ContinuesWrappedLine(Unit current, string next, UnitKind nextKind)
    {
        // A short line without punctuation above running text is a headline, unless it is as wide as the
        // line under it (exactly as wide when that line is short too): then it is the first printed line
        // of a wrapped paragraph.
        if (current.Kind == UnitKind.Heading
            && current.Pieces.Count == 1
            && (nextKind == UnitKind.Body && current.Length >= next.Length || nextKind == UnitKind.Heading && current.Length == next.Length)
            && current.Length >= MinWrappedWidth
            && !LineClassifier.EndsLikeKicker(current.Text))
        {
            current.Kind = UnitKind.Body;
            return true;
        }

        if (current.Kind != UnitKind.Body || nextKind is not (UnitKind.Body or UnitKind.Heading)) return false;
        if (!current.EndsSentence) return true;
        var last = current.Pieces[^1].Text.Length;
        return last >= current.WidestPiece && (current.Pieces.Count >= 2 || last <= MaxItemLength) && next.Length > 0;
    }

    private static bool Continues(Unit current, string next, UnitKind nextKind, bool indents)
    {
        if (current.Kind == UnitKind.List)
            return next.Length <= MaxItemLength && nextKind is UnitKind.Body or UnitKind.Heading;
        if (!indents) return ContinuesWrappedLine(current, next, nextKind);
        if (!current.Indented || current.Kind != UnitKind.Body && current.Kind != UnitKind.Heading) return false;

        // Under an indented paragraph, an unindented line goes on with it unless it reads as a subhead
        // after a finished sentence.
        // A line as wide as the paragraph's widest is a printed line of it; a subhead is narrower.
        if (current.EndsSentence && nextKind != UnitKind.Body && next.Length < current.WidestPiece) return false;
        current.Kind = UnitKind.Body;
        return true;
    }
}
