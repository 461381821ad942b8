using System.Globalization;
using EditionGen.Render.Views;

namespace EditionGen.Render;

/// <summary>Builds the views of a <see cref="NameIndex"/>: the list of names and each name's pages of articles.</summary>
internal sealed class NameIndexViewFactory(UrlBuilder urls, Wording wording)
{
    public NameIndexView List(NameIndex index) => new(
        index.Kind,
        wording.NameIndex(index.Kind),
        urls.NameIndex(index.Kind),
        index.Entries.Select(e => new NameEntryView(e.Name, e.Slug, urls.NamePage(index.Kind, e.Slug, 1), e.Articles.Count)).ToList());

    /// <summary>Page <paramref name="number"/> (1-based) of <paramref name="entry"/>'s articles.</summary>
    public NamePageView Page(NameIndex index, NameEntry entry, int number)
    {
        var articles = entry.Articles
            .Skip((number - 1) * NameEntry.PageSize)
            .Take(NameEntry.PageSize)
            .Select(a => new IndexedArticleView(
                a.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                wording.Date(a.Date),
                wording.Page(a.Page),
                a.Title,
                urls.Article(a.Date, a.Page, a.Order)))
            .ToList();
        return new NamePageView(
            index.Kind,
            entry.Name,
            wording.NamePage(index.Kind, entry.Name, number),
            urls.NamePage(index.Kind, entry.Slug, number),
            wording.NameIndex(index.Kind),
            urls.NameIndex(index.Kind),
            number,
            entry.PageCount,
            entry.Articles.Count,
            articles,
            number > 1 ? urls.NamePage(index.Kind, entry.Slug, number - 1) : null,
            number < entry.PageCount ? urls.NamePage(index.Kind, entry.Slug, number + 1) : null);
    }
}
