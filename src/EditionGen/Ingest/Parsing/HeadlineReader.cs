namespace EditionGen.Ingest.Parsing;

/// <summary>
/// Reads a run of headline units between two bodies. Lines printed together without a blank line form one
/// block; a title is the last heading before the subtitle, column label and bylines; the heading before
/// it is its kicker. A block before that which already holds a kicker and a title is a whole headline of
/// its own: printed after the body it belongs to.
/// </summary>
internal static class HeadlineReader
{
    private const int MaxColumnLength = 6;

    /// <summary>Splits a run into the headline of an earlier article, if the run holds one, and the headline of the next.</summary>
    public static (List<Unit> Earlier, List<Unit> Next) Split(List<Unit> run)
    {
        var groups = Group(run);
        var index = groups.Count - 1;
        index = SkipWhile(groups, index, g => g.All(u => u.Kind is UnitKind.Byline or UnitKind.Credit));
        index = SkipWhile(groups, index, g => g.All(u => u.Kind == UnitKind.Subtitle));
        if (index > 0 && IsColumnLabel(groups[index]) && groups.Take(index).Any(g => g.Any(u => u.Kind == UnitKind.Heading)))
        {
            index--;
            index = SkipWhile(groups, index, g => g.All(u => u.Kind is UnitKind.Byline or UnitKind.Credit or UnitKind.Subtitle));
        }

        if (index <= 0) return ([], run);
        var titleGroup = groups[index];
        var headings = titleGroup.Count(u => u.Kind == UnitKind.Heading);
        if (headings == 1 && titleGroup[0].Kind == UnitKind.Heading && IsSingleHeading(groups[index - 1]))
            index--;

        // A column label may also stand above the whole headline.
        if (index == 1 && IsColumnLabel(groups[0])) index = 0;

        var earlier = groups.Take(index).SelectMany(g => g).ToList();
        var next = groups.Skip(index).SelectMany(g => g).ToList();
        return (earlier, next);
    }

    /// <summary>Whether the units hold a whole headline (a kicker with its title), not just a kicker.</summary>
    public static bool IsWholeHeadline(List<Unit> units) => units.Count(u => u.Kind == UnitKind.Heading) >= 2;

    public static Headline Read(IReadOnlyList<Unit> units)
    {
        var headings = units.Where(u => u.Kind == UnitKind.Heading).ToList();
        var subtitles = units.Where(u => u.Kind == UnitKind.Subtitle).Select(u => u.Text).ToList();
        var bylines = units.Where(u => u.Kind is UnitKind.Byline or UnitKind.Credit).Select(u => u.Text).ToList();

        string? column = null;
        // A short label under the title is its column; set tight under a single line it is more likely a
        // title under its kicker, unless that line announces a title with a dash or an ellipsis.
        if (headings.Count >= 2
            && IsColumnLabel([headings[^1]])
            && !LineClassifier.EndsLikeKicker(headings[^2].Text)
            && (headings[^1].BlankBefore || headings.Count >= 3))
        {
            column = headings[^1].Text;
            headings.RemoveAt(headings.Count - 1);
        }

        if (column is null && headings.Count >= 3 && IsColumnLabel([headings[0]]))
        {
            column = headings[0].Text;
            headings.RemoveAt(0);
        }

        var title = headings.Count > 0 ? headings[^1].Text : null;
        var kicker = headings.Count > 1 ? string.Join(" ", headings.Take(headings.Count - 1).Select(u => u.Text)) : null;
        var subtitle = subtitles.Count > 0 ? string.Join(" ", subtitles) : null;
        return new Headline(kicker, title, subtitle, column, bylines);
    }

    private static List<List<Unit>> Group(List<Unit> run)
    {
        var groups = new List<List<Unit>>();
        foreach (var unit in run)
        {
            if (groups.Count == 0 || unit.BlankBefore) groups.Add([]);
            groups[^1].Add(unit);
        }

        return groups;
    }

    private static int SkipWhile(List<List<Unit>> groups, int index, Func<List<Unit>, bool> skip)
    {
        while (index > 0 && skip(groups[index])) index--;
        return index;
    }

    /// <summary>Labels set in lenticular brackets, such as 【民生连线】, are column labels whatever their length.</summary>
    private static bool IsBracketedLabel(string text) =>
        text.Length <= MaxColumnLength + 6 && text[0] == '【' && text[^1] == '】' && text.IndexOf('】') == text.Length - 1;

    private static bool IsSingleHeading(List<Unit> group) => group.Count == 1 && group[0].Kind == UnitKind.Heading;

    private static bool IsColumnLabel(List<Unit> group) =>
        group.Count == 1
        && group[0].Kind == UnitKind.Heading
        && (group[0].Text.Length <= MaxColumnLength || IsBracketedLabel(group[0].Text))
        && !LineClassifier.EndsLikeKicker(group[0].Text)
        && !TextRules.HasSentencePunctuation(group[0].Text)
        && !group[0].Text.Contains(' ', StringComparison.Ordinal);
}
