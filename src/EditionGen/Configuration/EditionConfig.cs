namespace EditionGen.Configuration;

/// <summary>The site configuration read from <c>edition.yml</c>.</summary>
public sealed record EditionConfig
{
    /// <summary>The publication's name, such as 阿勒泰报; seeds do not carry it.</summary>
    public string Title { get; init; } = "EditionGen";

    /// <summary>A BCP 47 language tag for <c>&lt;html lang&gt;</c> and the UI strings.</summary>
    public string Language { get; init; } = "zh-CN";

    /// <summary>An IANA time zone id; issue dates are days in this zone.</summary>
    public string Timezone { get; init; } = "Asia/Shanghai";

    /// <summary>The address the site is served from; its path prefixes every link.</summary>
    public string BaseUrl { get; init; } = "/";

    /// <summary>A custom domain for GitHub Pages, written to <c>CNAME</c> when set.</summary>
    public string? Cname { get; init; }

    /// <summary>The <c>urls</c> patterns of issues, pages and articles; the defaults give <c>2023/05/30/01/01/</c>.</summary>
    public UrlPatterns Urls { get; init; } = UrlPatterns.Default;

    /// <summary>The path of the configuration file, for diagnostics.</summary>
    public string? Path { get; init; }

    /// <summary>
    /// The values pages show, as one text: every key but <c>cname</c>, which only the <c>CNAME</c> file shows. A build
    /// whose configuration changed only in comments, layout or <c>cname</c> takes every unchanged issue whole.
    /// </summary>
    public string PageSettings
    {
        get
        {
            // Each value after its length, so that no value can pass for the next one.
            var text = new System.Text.StringBuilder();
            foreach (var value in new[] { Title, Language, Timezone, BaseUrl, Urls.Issue.Text, Urls.Page.Text, Urls.Article.Text })
                text.Append(value.Length).Append(':').Append(value).Append('\n');
            return text.ToString();
        }
    }
}
