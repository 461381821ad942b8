namespace EditionGen.Configuration;

/// <summary>The <c>urls</c> of <c>edition.yml</c>: where issues, pages and articles are written and linked.</summary>
public sealed record UrlPatterns
{
    /// <summary>The file beside an article with its plain text.</summary>
    public const string ArticleTextName = "article.txt";

    /// <summary>The file beside an issue with its masthead, pages and articles for scripts.</summary>
    public const string IssueJsonName = "issue.json";

    /// <summary><c>2023/05/30/</c>, <c>2023/05/30/01/</c> and <c>2023/05/30/01/01/</c>.</summary>
    public static UrlPatterns Default { get; } = new();

    public UrlPattern Issue { get; init; } = UrlPattern.Parse(UrlPatternKind.Issue, UrlPatternSyntax.Example(UrlPatternKind.Issue));

    public UrlPattern Page { get; init; } = UrlPattern.Parse(UrlPatternKind.Page, UrlPatternSyntax.Example(UrlPatternKind.Page));

    public UrlPattern Article { get; init; } = UrlPattern.Parse(UrlPatternKind.Article, UrlPatternSyntax.Example(UrlPatternKind.Article));

    /// <summary>The pattern of a kind.</summary>
    public UrlPattern this[UrlPatternKind kind] => kind switch
    {
        UrlPatternKind.Issue => Issue,
        UrlPatternKind.Page => Page,
        _ => Article,
    };
}
