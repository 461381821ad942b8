namespace EditionGen.Render.Views;

/// <summary>The <c>site</c> object every layout receives.</summary>
public sealed record SiteView(
    string Title,
    string Language,
    string BaseUrl,
    string HomeUrl,
    string ArchiveUrl,
    string SearchUrl,
    string StylesheetUrl,
    string FeedUrl,
    string AuthorsUrl,
    string ColumnsUrl);
