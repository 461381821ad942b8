using EditionGen.Diagnostics;
using EditionGen.Model;

namespace EditionGen.Validate;

/// <summary>Validates a site already built on disk (<c>editiongen check DIR</c>) with the same checks as a build.</summary>
public static class DirectoryChecker
{
    /// <summary>
    /// Checks every file under <paramref name="directory"/>. <paramref name="basePath"/> is <c>/</c>, <c>/repo/</c>
    /// or a whole base URL such as <c>https://example.github.io/repo/</c>, whose host then counts as the site's own.
    /// </summary>
    public static void Check(string directory, string basePath, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(basePath);
        ArgumentNullException.ThrowIfNull(diagnostics);

        var displayPath = directory.Replace('\\', '/').TrimEnd('/');
        if (!Directory.Exists(directory))
        {
            diagnostics.Error(DiagnosticCodes.SiteFolderMissing, SourceLocation.File(displayPath),
                "the site folder does not exist; build the site first or pass the folder that holds index.html.");
            return;
        }

        var files = ListFiles(directory);
        var knownPaths = files.ToHashSet(StringComparer.Ordinal);
        var validator = new SiteValidator(ValidationOptions.FromBaseUrl(basePath, knownPaths, displayPath));

        Parallel.ForEach(files.Where(SiteValidator.Inspects), path =>
        {
            var bytes = File.ReadAllBytes(Path.Combine(directory, path));
            diagnostics.AddRange(validator.Check(new SiteFile(path, bytes)));
        });
        diagnostics.AddRange(validator.Complete());
    }

    /// <summary>Every file's path relative to the folder, with <c>/</c>, including dot files such as <c>.nojekyll</c> but not <c>.git</c>.</summary>
    internal static IReadOnlyList<string> ListFiles(string directory)
    {
        var enumeration = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        return Directory.EnumerateFiles(directory, "*", enumeration)
            .Select(file => Path.GetRelativePath(directory, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(path => !path.StartsWith(".git/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
