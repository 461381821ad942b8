using EditionGen.Configuration;

namespace EditionGen.Render;

/// <summary>What a <see cref="RenderPlan"/> knows before rendering: the configuration, the URLs, the theme and the issues.</summary>
internal sealed record RenderInputs(EditionConfig Config, UrlBuilder Urls, Theme Theme, IReadOnlyList<PlannedIssue> Issues);
