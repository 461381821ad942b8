namespace EditionGen.Ingest.Parsing;

/// <summary>
/// Finds where the masthead ends: at the headline of the first article, which is the run of headings
/// right before the first running text, byline or page marker, not counting masthead lines.
/// </summary>
internal static class MastheadBoundary
{
    /// <summary>Kicker, title, subtitle and column: a first headline is never longer.</summary>
    private const int MaxHeadlineUnits = 4;

    /// <summary>The index of the first unit that belongs to an article or a page; units before it are the masthead.</summary>
    public static int FirstArticleUnit(IReadOnlyList<Unit> units)
    {
        var first = -1;
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.Kind == UnitKind.PageMarker) return i;
            if (unit.Kind is UnitKind.Body or UnitKind.List or UnitKind.Byline or UnitKind.Credit && !IsMasthead(units, i))
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            // No text at all: the masthead reaches to its last masthead line, the rest is left over.
            var lastMasthead = -1;
            for (var i = 0; i < units.Count; i++)
            {
                if (IsMasthead(units, i)) lastMasthead = i;
            }

            return lastMasthead + 1;
        }

        var start = first;
        while (start > 0
               && first - start < MaxHeadlineUnits
               && units[start - 1].Kind is UnitKind.Heading or UnitKind.Subtitle
               && !IsMasthead(units, start - 1))
        {
            start--;
        }

        return start;
    }

    /// <summary>A unit is masthead matter if it or a line printed right next to it reads like the masthead.</summary>
    private static bool IsMasthead(IReadOnlyList<Unit> units, int index)
    {
        if (MastheadReader.IsMastheadLine(units[index].Text)) return true;
        if (index > 0 && !units[index].BlankBefore && MastheadReader.IsMastheadLine(units[index - 1].Text)) return true;
        return index + 1 < units.Count && !units[index + 1].BlankBefore && MastheadReader.IsMastheadLine(units[index + 1].Text);
    }
}
