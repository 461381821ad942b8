using EditionGen.Render.Views;
using Scriban.Runtime;

namespace EditionGen.Render;

/// <summary>
/// The globals one page is rendered with. Every layout receives every name (null when it does not apply),
/// so a partial shared between layouts can test <c>if article</c> under strict variables.
/// </summary>
internal sealed record PageModel(SiteView Site, MetaView Meta)
{
    public IssueView? Issue { get; init; }
    public PageView? CurrentPage { get; init; }
    public PageView? PreviousPage { get; init; }
    public PageView? NextPage { get; init; }
    public ArticleView? Article { get; init; }
    public ArticleView? PreviousArticle { get; init; }
    public ArticleView? NextArticle { get; init; }
    public IssueLinkView? PreviousIssue { get; init; }
    public IssueLinkView? NextIssue { get; init; }
    public IReadOnlyList<YearView> ArchiveYears { get; init; } = [];
    public YearView? ArchiveYear { get; init; }
    public MonthView? ArchiveMonth { get; init; }
    public NameIndexView? NameIndex { get; init; }
    public NamePageView? NamePage { get; init; }

    /// <param name="strings">The interface strings, <c>t</c> in templates, shared read-only by every page.</param>
    public ScriptObject ToScriptObject(ScriptObject strings) => new()
    {
        ["t"] = strings,
        ["site"] = Site,
        ["meta"] = Meta,
        ["issue"] = Issue,
        ["current_page"] = CurrentPage,
        ["previous_page"] = PreviousPage,
        ["next_page"] = NextPage,
        ["article"] = Article,
        ["previous_article"] = PreviousArticle,
        ["next_article"] = NextArticle,
        ["previous_issue"] = PreviousIssue,
        ["next_issue"] = NextIssue,
        ["archive_years"] = ArchiveYears,
        ["archive_year"] = ArchiveYear,
        ["archive_month"] = ArchiveMonth,
        ["name_index"] = NameIndex,
        ["name_page"] = NamePage,
    };
}
