using EditionGen.Diagnostics;
using EditionGen.Model;

namespace EditionGen.Publish;

/// <summary>
/// Decides, before a build writes anything, whether it may replace its output folder. EditionGen replaces only a
/// folder it created: one that does not exist yet, an empty one, or one that holds its marker file. The file system
/// root, the home folder, the edition's folder and its <c>seeds/</c>, <c>content/</c>, <c>templates/</c>,
/// <c>.editiongen/</c> and <c>.git</c>, any folder that contains one of them or lies inside one of the edition's
/// folders, a file and a symbolic link are refused always (EG0510); a non-empty folder without the marker is
/// refused unless <c>--force</c> is given (EG0511). Links on the way are followed before comparing, so a link
/// cannot disguise a protected folder.
/// </summary>
public static class OutputFolderGuard
{
    /// <summary>The file every published output holds, so that a later build knows the folder is its own.</summary>
    public const string MarkerFileName = ".editiongen-output";

    private const string MarkerText =
        "EditionGen built this folder and replaces all of it on every build; keep no files of your own here.\n";

    // What every build of earlier versions wrote at the top of its output, before the marker existed.
    private static readonly string[] EarlierBuildFiles = ["404.html", "index.html", "robots.txt", "sitemap.xml"];

    private static readonly string[] EditionFolders = ["seeds", "content", "templates", ".editiongen", ".git"];

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The marker file, to be published with every output.</summary>
    public static SiteFile Marker(string? origin = null) => SiteFile.FromText(MarkerFileName, MarkerText, origin);

    /// <summary>Throws when <paramref name="output"/> may not be replaced by a build of the edition at <paramref name="root"/>.</summary>
    /// <exception cref="UsageException">The folder is refused (EG0510, or EG0511 without <paramref name="force"/>); nothing was written.</exception>
    public static void EnsureReplaceable(string root, string output, bool force)
    {
        var refusal = Refusal(root, output, force);
        if (refusal is not null)
        {
            throw new UsageException(refusal.ToString(), [refusal]);
        }
    }

    /// <summary>Why <paramref name="output"/> may not be replaced, or null when it may.</summary>
    public static Diagnostic? Refusal(string root, string output, bool force)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        ArgumentException.ThrowIfNullOrWhiteSpace(output);
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var fullOutput = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output, fullRoot));
        var location = SourceLocation.File(Display(fullRoot, fullOutput));

        var protectedPlace = ProtectedPlace(fullRoot, fullOutput);
        if (protectedPlace is not null)
        {
            return Diagnostic.Error(DiagnosticCodes.OutputFolderProtected, location,
                $"refused to publish into this folder: it {protectedPlace}, and a build replaces its output folder whole. "
                + "Nothing was written. Give a folder of its own, such as --output site-output.");
        }

        if (File.Exists(fullOutput) && !Directory.Exists(fullOutput))
        {
            return Diagnostic.Error(DiagnosticCodes.OutputFolderProtected, location,
                "refused to publish here: it is a file, not a folder. Nothing was written. Give a folder, such as --output site-output.");
        }

        if (new FileInfo(fullOutput).LinkTarget is { } target)
        {
            return Diagnostic.Error(DiagnosticCodes.OutputFolderProtected, location,
                $"refused to publish here: it is a symbolic link to '{target}', and EditionGen never replaces a folder through a link. "
                + "Nothing was written. Give the real folder, or remove the link.");
        }

        if (force || !Directory.Exists(fullOutput) || IsOwnOutput(fullOutput))
        {
            return null;
        }

        return Diagnostic.Error(DiagnosticCodes.OutputFolderForeign, location,
            $"refused to replace this folder: it holds files and no {MarkerFileName}, so EditionGen did not build it, and a build "
            + "would delete what is in it. Nothing was written. Give an empty or new folder, or pass --force to replace it anyway.");
    }

    /// <summary>
    /// True when the folder is empty, holds the marker, or was built by an earlier version (which wrote no marker but
    /// always an empty <c>.nojekyll</c>, <c>404.html</c>, <c>index.html</c>, <c>robots.txt</c> and <c>sitemap.xml</c>,
    /// and never an edition's own files). A <c>.git</c> alone does not count: it is carried over, never deleted.
    /// </summary>
    public static bool IsOwnOutput(string folder)
    {
        var entries = Directory.EnumerateFileSystemEntries(folder)
            .Select(Path.GetFileName)
            .Where(name => name != ".git")
            .ToList();
        if (entries.Count == 0 || IsRegularFile(Path.Combine(folder, MarkerFileName)))
        {
            return true;
        }

        var nojekyll = new FileInfo(Path.Combine(folder, ".nojekyll"));
        return nojekyll is { Exists: true, Length: 0, LinkTarget: null }
            && EarlierBuildFiles.All(name => IsRegularFile(Path.Combine(folder, name)))
            && !entries.Any(name => name is "edition.yml" or "seeds" or "content" or "templates" or ".editiongen");
    }

    // What protected place the output is, contains, or lies inside; null when it is none of them.
    private static string? ProtectedPlace(string root, string output)
    {
        var real = RealPath.Of(output);
        if (Path.GetDirectoryName(real) is null)
        {
            return "is the file system root";
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0)
        {
            var realHome = RealPath.Of(home);
            if (Same(real, realHome)) return "is your home folder";
            if (Inside(realHome, real)) return "contains your home folder";
        }

        var realRoot = RealPath.Of(root);
        if (Same(real, realRoot)) return "is the edition's folder";
        if (Inside(realRoot, real)) return "contains the edition's folder";

        foreach (var name in EditionFolders)
        {
            var folder = RealPath.Of(Path.Combine(root, name));
            if (Same(real, folder)) return $"is the edition's {name}/";
            if (Inside(folder, real)) return $"contains the edition's {name}/";
            if (Inside(real, folder)) return $"lies inside the edition's {name}/";
        }

        return null;
    }

    private static bool IsRegularFile(string path)
    {
        var info = new FileInfo(path);
        return info.Exists && info.LinkTarget is null;
    }

    private static bool Same(string a, string b) => string.Equals(a, b, PathComparison);

    // True when path lies strictly inside folder.
    private static bool Inside(string path, string folder) =>
        path.Length > folder.Length
        && path.StartsWith(folder, PathComparison)
        && (path[folder.Length] == Path.DirectorySeparatorChar || folder.EndsWith(Path.DirectorySeparatorChar));

    private static string Display(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? path
            : relative.Replace('\\', '/');
    }
}
