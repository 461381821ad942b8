namespace EditionGen.Render;

/// <summary>What the renderer asks of the last build's state to skip pages whose inputs did not change.</summary>
internal interface IRenderReuse
{
    /// <summary>The hash of the configuration and the build options, which every page may show.</summary>
    string Settings { get; }

    /// <summary>The hash of a content file's bytes (by its path from the site root), or null when unknown.</summary>
    string? ContentHash(string sourcePath);

    /// <summary>Whether a content file's bytes are not the ones the last build read, or it read no such file (false when there was no last build).</summary>
    bool ContentChanged(string sourcePath);

    /// <summary>Whether the last build wrote <paramref name="path"/> from the same key with the same templates and it is still intact.</summary>
    bool CanReuse(string path, string key, string? layout);

    /// <summary>
    /// The files the last build made for the unit <paramref name="name"/> (an issue, or an author's or column's pages when
    /// <paramref name="issue"/> is false) from the same <paramref name="key"/>, when every one of them can be taken as it
    /// is (same templates, same links, intact in the output); else null.
    /// </summary>
    IReadOnlyList<UnitFile>? ReusableUnit(string name, string key, bool issue = true);

    /// <summary>The unit <paramref name="name"/> made these files from <paramref name="key"/> in this build.</summary>
    void UnitMade(string name, string key, IReadOnlyList<UnitFile> files);

    /// <summary>A page of <paramref name="layout"/> was rendered and read these theme files (the layout and its partials).</summary>
    void Rendered(string layout, IReadOnlyCollection<string> templates);
}
