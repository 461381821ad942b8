using EditionGen.Configuration;

namespace EditionGen.Render;

/// <summary>
/// What a <see cref="RenderPlan"/> knows before rendering: the configuration, the URLs, the theme, the issues and
/// the indexes of authors and columns.
/// </summary>
internal sealed record RenderInputs(
    EditionConfig Config,
    UrlBuilder Urls,
    Theme Theme,
    IReadOnlyList<PlannedIssue> Issues,
    NameIndex Authors,
    NameIndex Columns);
