namespace EditionGen.Render;

/// <summary>What the renderer asks of the last build's state to skip pages whose inputs did not change.</summary>
internal interface IRenderReuse
{
    /// <summary>The hash of a content file's bytes (by its path from the site root), or null when unknown.</summary>
    string? ContentHash(string sourcePath);

    /// <summary>Whether the last build wrote <paramref name="path"/> from the same key with the same templates and it is still intact.</summary>
    bool CanReuse(string path, string key, string? layout);

    /// <summary>A page of <paramref name="layout"/> was rendered and read these theme files (the layout and its partials).</summary>
    void Rendered(string layout, IReadOnlyCollection<string> templates);
}
