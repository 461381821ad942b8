namespace EditionGen.Validate;

/// <summary>What the validator needs to know about the site before the first page streams by.</summary>
public sealed record ValidationOptions
{
    /// <summary>Every path the build will produce, relative to the output folder with <c>/</c>.</summary>
    public required IReadOnlySet<string> KnownPaths { get; init; }

    /// <summary>The path the site is served under: <c>/</c>, or <c>/repo/</c> for a GitHub project page.</summary>
    public string BasePath { get; init; } = "/";

    /// <summary>The site's own host (such as <c>example.github.io</c>); absolute links to it are checked like local ones.</summary>
    public string? SiteHost { get; init; }

    /// <summary>How the output folder is named in diagnostics, such as <c>site-output</c>.</summary>
    public string OutputDisplayPath { get; init; } = "site-output";

    /// <summary>
    /// Options from a configured base URL: <c>https://example.github.io/repo/</c> gives host and base path,
    /// <c>/repo/</c> gives only the base path.
    /// </summary>
    public static ValidationOptions FromBaseUrl(string baseUrl, IReadOnlySet<string> knownPaths, string outputDisplayPath = "site-output")
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(knownPaths);
        if (Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return new ValidationOptions
            {
                KnownPaths = knownPaths,
                SiteHost = uri.Host,
                BasePath = uri.AbsolutePath,
                OutputDisplayPath = outputDisplayPath,
            };
        }

        return new ValidationOptions { KnownPaths = knownPaths, BasePath = baseUrl, OutputDisplayPath = outputDisplayPath };
    }

    /// <summary>The base path with exactly one slash at each end; a whole URL given by mistake counts by its path.</summary>
    internal string NormalizedBasePath
    {
        get
        {
            var path = Uri.TryCreate(BasePath.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri.AbsolutePath
                : BasePath;
            var trimmed = path.Trim().Trim('/');
            return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
        }
    }

    internal string DisplayPathOf(string sitePath) =>
        string.IsNullOrEmpty(OutputDisplayPath) ? sitePath : $"{OutputDisplayPath.TrimEnd('/', '\\')}/{sitePath}";
}
