using System.Globalization;
using EditionGen.Configuration;

namespace EditionGen.Render;

/// <summary>
/// The one place every link of the site comes from. Each address has an output path relative to the
/// output folder (<c>2023/05/30/01/index.html</c>) and a public URL that starts with the path of
/// <c>base_url</c> (<c>/repo/2023/05/30/01/</c>), so a project site never links outside its folder. Issues, pages and
/// articles follow the <c>urls</c> patterns of the configuration; every other address is fixed.
/// </summary>
public sealed class UrlBuilder
{
    private const string Index = "index.html";

    private readonly string? _origin;
    private readonly UrlPatterns _patterns;

    public UrlBuilder(EditionConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        (_origin, BasePath) = SplitBaseUrl(config.BaseUrl);
        _patterns = config.Urls;
    }

    /// <summary>The path of <c>base_url</c>, always starting and ending with <c>/</c>.</summary>
    public string BasePath { get; }

    /// <summary>Whether <c>base_url</c> names a scheme and host, so that absolute URLs can be made.</summary>
    public bool HasOrigin => _origin is not null;

    public static string HomePath => Index;

    /// <summary>The output path of an issue from the <c>urls.issue</c> pattern, by default <c>2023/05/30/index.html</c>.</summary>
    public string IssuePath(DateOnly date) => _patterns.Issue.Format(date);

    /// <summary>The JSON summary of an issue beside it: <c>2023/05/30/issue.json</c>.</summary>
    public string IssueJsonPath(DateOnly date) => _patterns.Issue.Companion(UrlPatterns.IssueJsonName, date);

    /// <summary>The output path of a page from the <c>urls.page</c> pattern, by default <c>2023/05/30/01/index.html</c>.</summary>
    public string PagePath(DateOnly date, int page) => _patterns.Page.Format(date, page);

    /// <summary>The output path of an article from the <c>urls.article</c> pattern, by default <c>2023/05/30/01/01/index.html</c>.</summary>
    public string ArticlePath(DateOnly date, int page, int order) => _patterns.Article.Format(date, page, order);

    /// <summary>The plain-text version of an article, beside it: <c>2023/05/30/01/01/article.txt</c>.</summary>
    public string ArticleTextPath(DateOnly date, int page, int order) =>
        _patterns.Article.Companion(UrlPatterns.ArticleTextName, date, page, order);

    public static string ArchivePath => $"archive/{Index}";

    public static string ArchiveYearPath(int year) => $"archive/{Four(year)}/{Index}";

    public static string ArchiveMonthPath(int year, int month) => $"archive/{Four(year)}/{Two(month)}/{Index}";

    public static string AssetPath(string name) => $"assets/{name}";

    /// <summary>The list of every author (<c>authors/index.html</c>) or every column (<c>columns/index.html</c>).</summary>
    public static string NameIndexPath(string kind) => $"{kind}/{Index}";

    /// <summary>
    /// A page of one name's articles: <c>authors/张晓明/index.html</c>, then <c>authors/张晓明/page/2/index.html</c>.
    /// The folder keeps the raw slug; <see cref="Url"/> percent-encodes it in links.
    /// </summary>
    public static string NamePagePath(string kind, string slug, int number) => number <= 1
        ? $"{kind}/{slug}/{Index}"
        : $"{kind}/{slug}/page/{number.ToString(CultureInfo.InvariantCulture)}/{Index}";

    public static string NotFoundPath => "404.html";

    public static string SearchPath => $"search/{Index}";

    public string Home() => Url(HomePath);

    public string Issue(DateOnly date) => Url(IssuePath(date));

    public string Page(DateOnly date, int page) => Url(PagePath(date, page));

    public string Article(DateOnly date, int page, int order) => Url(ArticlePath(date, page, order));

    public string ArticleText(DateOnly date, int page, int order) => Url(ArticleTextPath(date, page, order));

    public string Archive() => Url(ArchivePath);

    public string ArchiveYear(int year) => Url(ArchiveYearPath(year));

    public string ArchiveMonth(int year, int month) => Url(ArchiveMonthPath(year, month));

    public string Asset(string name) => Url(AssetPath(name));

    public string NameIndex(string kind) => Url(NameIndexPath(kind));

    public string NamePage(string kind, string slug, int number) => Url(NamePagePath(kind, slug, number));

    public string NotFound() => Url(NotFoundPath);

    public string Search() => Url(SearchPath);

    /// <summary>
    /// The public URL of an output path: <c>2023/05/30/index.html</c> becomes <c>/base/2023/05/30/</c>. Each segment
    /// is percent-encoded, so <c>authors/张晓明/index.html</c> is linked as <c>/base/authors/%E5%BC%A0%E6%99%93%E6%98%8E/</c>
    /// while the file keeps its raw name; <see cref="ToOutputPath"/> decodes it again.
    /// </summary>
    public string Url(string outputPath)
    {
        ArgumentNullException.ThrowIfNull(outputPath);
        if (outputPath == Index) return BasePath;
        var directoryStyle = outputPath.EndsWith("/" + Index, StringComparison.Ordinal)
            ? outputPath[..^Index.Length]
            : outputPath;
        return BasePath + string.Join('/', directoryStyle.Split('/').Select(Uri.EscapeDataString));
    }

    /// <summary>
    /// The absolute URL of an output path, for canonical links and feeds; the site-relative URL when
    /// <c>base_url</c> has no scheme and host.
    /// </summary>
    public string Absolute(string outputPath) => (_origin ?? "") + Url(outputPath);

    /// <summary>
    /// The output path a site URL points to, or null when the URL leaves the base path or is not a
    /// site link. Query and fragment are ignored. <c>/base/2023/05/30/</c> gives <c>2023/05/30/index.html</c>.
    /// </summary>
    public string? ToOutputPath(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var end = url.IndexOfAny(['?', '#']);
        var path = end >= 0 ? url[..end] : url;
        if (_origin is not null && path.StartsWith(_origin, StringComparison.OrdinalIgnoreCase))
            path = path[_origin.Length..];
        if (!path.StartsWith(BasePath, StringComparison.Ordinal)) return null;
        var relative = Uri.UnescapeDataString(path[BasePath.Length..]);
        if (relative.Length == 0 || relative.EndsWith('/')) relative += Index;
        return relative;
    }

    private static (string? Origin, string BasePath) SplitBaseUrl(string baseUrl)
    {
        if (Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            return (uri.GetLeftPart(UriPartial.Authority), NormalizePath(uri.AbsolutePath));
        return (null, NormalizePath(baseUrl));
    }

    private static string NormalizePath(string path)
    {
        var trimmed = path.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }

    private static string Two(int value) => value.ToString("00", CultureInfo.InvariantCulture);

    private static string Four(int value) => value.ToString("0000", CultureInfo.InvariantCulture);
}
