using EditionGen.Diagnostics;
using EditionGen.Model;

namespace EditionGen.Ingest.Parsing;

/// <summary>
/// Reads the text of a seed (a plain-text dump of printed newspaper pages) into an <see cref="Issue"/>.
/// It never fails: what cannot be placed is kept as unassigned text with a warning.
/// </summary>
public static class IssueParser
{
    /// <summary>Parses seed text; <paramref name="source"/> is the seed's file name, recorded in the issue.</summary>
    public static Issue Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);

        var warnings = new WarningList();
        var lines = SeedLine.Split(text);
        var indents = UnitBuilder.UsesIndents(lines);
        var units = UnitBuilder.Build(lines, indents);

        var firstArticle = MastheadBoundary.FirstArticleUnit(units);
        var mastheadEnd = firstArticle < units.Count ? units[firstArticle].First : int.MaxValue;
        var masthead = MastheadReader.Read(lines.Where(l => l.Number < mastheadEnd).ToList());

        var body = CutJoiner.Join(units.Skip(firstArticle).ToList(), warnings);
        var segmented = new ArticleSegmenter(body, indents, warnings).Segment();

        var orders = new Dictionary<int, int>();
        var articles = new List<Article>(segmented.Articles.Count);
        foreach (var draft in segmented.Articles)
        {
            var order = orders.GetValueOrDefault(draft.Page) + 1;
            orders[draft.Page] = order;
            articles.Add(ArticleBuilder.Build(draft, order, warnings));
        }

        var pages = Pages(segmented.Markers, articles);
        CheckPageCount(masthead, segmented.Markers, pages, warnings);
        foreach (var residue in segmented.Unassigned.Take(1))
        {
            warnings.Add(residue.Line, DiagnosticCodes.TextUnassigned,
                $"{segmented.Unassigned.Count} line(s) from line {residue.Line} on could not be placed in any article; they are kept under \"unassigned\". Check the seed around that line.");
        }

        return new Issue
        {
            Source = source,
            Date = masthead.Date,
            LunarDate = masthead.LunarDate,
            Weekday = masthead.Weekday,
            IssueNumber = masthead.IssueNumber,
            PageCount = masthead.PageCount,
            Contacts = masthead.Contacts,
            MastheadExtras = masthead.Extras,
            Pages = pages,
            Articles = articles,
            Unassigned = segmented.Unassigned,
            Warnings = warnings.Sorted(),
        };
    }

    private static List<PageInfo> Pages(IReadOnlyList<PageInfo> markers, IReadOnlyList<Article> articles)
    {
        var pages = new List<PageInfo>();
        foreach (var page in articles.Select(a => a.Page).Distinct().Order())
        {
            var named = markers.FirstOrDefault(m => m.Number == page && m.Name is not null);
            pages.Add(named ?? new PageInfo(page));
        }

        foreach (var marker in markers)
        {
            if (pages.All(p => p.Number != marker.Number)) pages.Add(markers.FirstOrDefault(m => m.Number == marker.Number && m.Name is not null) ?? marker);
        }

        return pages.OrderBy(p => p.Number).ToList();
    }

    private static void CheckPageCount(Masthead masthead, IReadOnlyList<PageInfo> markers, List<PageInfo> pages, WarningList warnings)
    {
        // Without page markers a seed may hold only some pages of an issue, so the count proves nothing.
        if (markers.Count == 0 || masthead.PageCount is null || masthead.PageCount == pages.Count) return;
        warnings.Add(masthead.PageCountLine, DiagnosticCodes.PageCountDiffers,
            $"the masthead announces {masthead.PageCount} page(s) but the seed marks {pages.Count}; check for a missing or misread page marker.");
    }
}
