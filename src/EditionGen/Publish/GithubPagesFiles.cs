using EditionGen.Configuration;
using EditionGen.Model;

namespace EditionGen.Publish;

/// <summary>The files GitHub Pages reads from the site's root.</summary>
public static class GithubPagesFiles
{
    /// <summary>
    /// <c>.nojekyll</c> always, so Pages serves the files as they are instead of running Jekyll over them;
    /// <c>CNAME</c> with the custom domain when one is configured.
    /// </summary>
    public static IEnumerable<SiteFile> For(EditionConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var origin = config.Path ?? "edition.yml";
        var files = new List<SiteFile> { new(".nojekyll", [], origin) };

        var domain = Domain(config.Cname);
        if (domain is not null)
        {
            files.Add(SiteFile.FromText("CNAME", domain + "\n", origin));
        }

        return files;
    }

    /// <summary>The bare host name Pages expects, also when the configuration gives a URL such as <c>https://news.example.org/</c>.</summary>
    private static string? Domain(string? cname)
    {
        if (string.IsNullOrWhiteSpace(cname))
        {
            return null;
        }

        var domain = cname.Trim();
        var scheme = domain.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            domain = domain[(scheme + 3)..];
        }

        return domain.TrimEnd('/');
    }
}
