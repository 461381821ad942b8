namespace EditionGen.Configuration;

/// <summary>Which address a URL pattern of <c>edition.yml</c> makes: an issue, a page of it or an article.</summary>
public enum UrlPatternKind
{
    Issue,
    Page,
    Article,
}
