using System.Reflection;
using EditionGen.Diagnostics;

namespace EditionGen.Render;

/// <summary>
/// The templates and assets a site is rendered with. Lookup order, file by file:
/// 1. the site's own <c>&lt;siteRoot&gt;/templates/</c>;
/// 2. the default theme embedded in this assembly (the repository's <c>templates/</c> folder).
/// An author therefore overrides one partial by adding that one file. Names are relative to the
/// theme root; a name with <c>..</c>, an absolute path or a symbolic link that leads outside
/// <c>templates/</c> is refused, so templates cannot read anything else on the machine.
/// </summary>
internal sealed class Theme
{
    public const string SiteFolder = "templates";
    public const string BuiltInPrefix = "<built-in>/";
    private const string ResourcePrefix = "theme/";

    private static readonly Assembly ThemeAssembly = typeof(Theme).Assembly;

    /// <summary>Embedded file name (<c>layouts/home.html</c>) to manifest resource name.</summary>
    private static readonly SortedDictionary<string, string> Embedded = LoadEmbeddedNames();

    private readonly string? _siteTemplates;

    /// <summary>The names of the built-in theme's files, sorted ordinally.</summary>
    internal static IReadOnlyCollection<string> BuiltInNames => Embedded.Keys;

    /// <summary>The bytes of a built-in file, or null when the built-in theme has no such file.</summary>
    internal static byte[]? ReadBuiltIn(string name) =>
        Embedded.TryGetValue(name, out var resource) ? ReadResource(resource) : null;

    public Theme(string siteRoot)
    {
        ArgumentNullException.ThrowIfNull(siteRoot);
        var folder = Path.Combine(Path.GetFullPath(siteRoot), SiteFolder);
        _siteTemplates = Directory.Exists(folder) ? RealPath(folder) : null;
    }

    public ThemeLookup Find(string name)
    {
        if (Refuse(name) is { } refusal)
            return ThemeLookup.Failed(DiagnosticCodes.TemplateOutsideRoot, refusal);

        if (_siteTemplates is not null)
        {
            var resolved = ResolveInside(_siteTemplates, name);
            if (resolved is null)
                return ThemeLookup.Failed(
                    DiagnosticCodes.TemplateOutsideRoot,
                    $"the template '{name}' leads outside {SiteFolder}/ through a symbolic link; templates may only read files inside {SiteFolder}/.");
            if (File.Exists(resolved))
                return ThemeLookup.Found(new ThemeFile(name, $"{SiteFolder}/{name}", () => File.ReadAllBytes(resolved)));
        }

        if (Embedded.TryGetValue(name, out var resource))
            return ThemeLookup.Found(new ThemeFile(name, BuiltInPrefix + name, () => ReadResource(resource)));

        return ThemeLookup.Failed(
            DiagnosticCodes.TemplateMissing,
            $"the template '{name}' was not found in {SiteFolder}/ nor in the built-in theme; check its name or add {SiteFolder}/{name}.");
    }

    /// <summary>
    /// The site's file and then the built-in one for <paramref name="name"/>, those that exist, for files merged
    /// key by key such as <c>strings/zh-CN.txt</c>. A refused name yields nothing.
    /// </summary>
    public IEnumerable<ThemeFile> FindEach(string name)
    {
        var lookup = Find(name);
        if (lookup.File is null) yield break;
        yield return lookup.File;
        if (!lookup.File.DisplayPath.StartsWith(BuiltInPrefix, StringComparison.Ordinal) && Embedded.TryGetValue(name, out var resource))
            yield return new ThemeFile(name, BuiltInPrefix + name, () => ReadResource(resource));
    }

    /// <summary>Every file under <c>assets/</c> of either root, by name, sorted ordinally.</summary>
    public IReadOnlyList<string> AssetNames()
    {
        const string assets = "assets/";
        var names = new SortedSet<string>(Embedded.Keys.Where(k => k.StartsWith(assets, StringComparison.Ordinal)), StringComparer.Ordinal);
        var siteAssets = _siteTemplates is null ? null : Path.Combine(_siteTemplates, "assets");
        if (siteAssets is not null && Directory.Exists(siteAssets))
        {
            foreach (var file in Directory.EnumerateFiles(siteAssets, "*", SearchOption.AllDirectories))
            {
                var name = Path.GetRelativePath(siteAssets, file).Replace('\\', '/');
                // Hidden files such as .DS_Store are not part of the site.
                if (!name.Split('/').Any(segment => segment.StartsWith('.'))) names.Add(assets + name);
            }
        }
        return names.ToList();
    }

    private static string? Refuse(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return "a template name is empty; name a file inside templates/, such as 'partials/footer.html'.";
        if (name.StartsWith('/') || name.Contains('\\') || name.Contains(':') || Path.IsPathRooted(name))
            return $"the template name '{name}' is an absolute path; name a file relative to templates/, such as 'partials/footer.html'.";
        if (name.Split('/').Any(segment => segment is "" or "." or ".."))
            return $"the template name '{name}' has an empty, '.' or '..' segment; templates may only read files inside templates/.";
        return null;
    }

    /// <summary>The real path of <paramref name="name"/> under <paramref name="root"/>, or null when a link leads out.</summary>
    private static string? ResolveInside(string root, string name)
    {
        var current = root;
        foreach (var segment in name.Split('/'))
        {
            current = Path.Combine(current, segment);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null)
                current = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? current;
            if (!IsInside(root, current)) return null;
        }
        return current;
    }

    private static bool IsInside(string root, string path) =>
        path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string RealPath(string folder)
    {
        var info = new DirectoryInfo(folder);
        return info.LinkTarget is not null
            ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName
            : info.FullName;
    }

    private static SortedDictionary<string, string> LoadEmbeddedNames()
    {
        var names = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in ThemeAssembly.GetManifestResourceNames())
        {
            var normalized = resource.Replace('\\', '/');
            if (normalized.StartsWith(ResourcePrefix, StringComparison.Ordinal))
                names[normalized[ResourcePrefix.Length..]] = resource;
        }
        return names;
    }

    private static byte[] ReadResource(string resource)
    {
        using var stream = ThemeAssembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The built-in theme file {resource} is missing from the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
