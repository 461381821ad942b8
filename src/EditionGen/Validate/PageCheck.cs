namespace EditionGen.Validate;

/// <summary>
/// What checking one file found and kept: its findings, and for a page its anchors and its fragment links to
/// other pages. A later build that reuses the file unchanged replays it instead of parsing the file again.
/// The anchors are the set the validator looks fragments up in, shared rather than copied.
/// </summary>
public sealed record PageCheck(IReadOnlyList<EditionGen.Diagnostics.Diagnostic> Diagnostics, IReadOnlySet<string> Anchors, IReadOnlyList<FragmentLink> FragmentLinks)
{
    private static readonly IReadOnlySet<string> NoAnchors = new HashSet<string>(StringComparer.Ordinal);

    public static PageCheck Empty { get; } = new([], NoAnchors, []);
}
