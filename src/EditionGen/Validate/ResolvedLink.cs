namespace EditionGen.Validate;

/// <summary>
/// A link after resolution: for <see cref="LinkKind.Local"/> links <see cref="Path"/> is relative to the output folder,
/// with directory links already ending in <c>index.html</c>; <see cref="Fragment"/> is percent-decoded.
/// </summary>
internal sealed record ResolvedLink(LinkKind Kind, string Path, string? Fragment)
{
    /// <summary>Whether the link's target is one of the known paths; <c>dir</c> counts for <c>dir/index.html</c> as servers redirect it.</summary>
    public bool Exists(IReadOnlySet<string> knownPaths) =>
        knownPaths.Contains(Path) || knownPaths.Contains(Path + "/index.html");

    public string ExistingPath(IReadOnlySet<string> knownPaths) =>
        knownPaths.Contains(Path) || !knownPaths.Contains(Path + "/index.html") ? Path : Path + "/index.html";
}
