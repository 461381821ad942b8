namespace EditionGen.Render;

/// <summary>
/// The theme embedded in EditionGen, as files a site can copy into its own <c>templates/</c> to edit them
/// (<c>editiongen templates eject</c>). Names are relative to <c>templates/</c>, such as <c>layouts/article.html</c>.
/// </summary>
public static class BuiltInTheme
{
    /// <summary>Every file of the built-in theme, sorted ordinally.</summary>
    public static IReadOnlyList<string> Names { get; } = Theme.BuiltInNames.ToList();

    /// <summary>The folders that hold the files (<c>assets/</c>, <c>layouts/</c>, …), sorted ordinally, each ending with <c>/</c>.</summary>
    public static IReadOnlyList<string> Folders { get; } = Names
        .Where(n => n.Contains('/'))
        .Select(n => n[..(n.LastIndexOf('/') + 1)])
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The content of a built-in file.</summary>
    /// <exception cref="ArgumentException">The built-in theme has no file of that name.</exception>
    public static byte[] Read(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Theme.ReadBuiltIn(name)
            ?? throw new ArgumentException($"The built-in theme has no file '{name}'; its files are: {string.Join(", ", Names)}.", nameof(name));
    }

    /// <summary>
    /// The files a name stands for: the file itself (<c>layouts/article.html</c>), or every file of a folder
    /// (<c>partials/</c> or <c>partials</c>). Empty when the name is neither.
    /// </summary>
    public static IReadOnlyList<string> Select(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var normalized = name.Replace('\\', '/').Trim();
        if (Names.Contains(normalized, StringComparer.Ordinal)) return [normalized];
        var folder = normalized.TrimEnd('/') + "/";
        return folder.Length > 1 ? Names.Where(n => n.StartsWith(folder, StringComparison.Ordinal)).ToList() : [];
    }
}
