namespace EditionGen.Publish.Deploy;

/// <summary>What <c>editiongen deploy</c> publishes, and where.</summary>
public sealed record DeployOptions
{
    /// <summary>The built site to publish.</summary>
    public required string SiteDirectory { get; init; }

    /// <summary>The edition's folder; when it is a git repository its objects and remotes are used.</summary>
    public required string Root { get; init; }

    /// <summary>A remote name or URL to push to; <c>origin</c> when the root is a repository and none is given.</summary>
    public string? Remote { get; init; }

    public string Branch { get; init; } = "gh-pages";

    public string Message { get; init; } = "Publish the edition";
}
