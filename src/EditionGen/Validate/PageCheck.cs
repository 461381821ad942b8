namespace EditionGen.Validate;

/// <summary>
/// What checking one file found and kept: its findings, and for a page its anchors and its fragment links to
/// other pages. A later build that reuses the file unchanged replays it instead of parsing the file again.
/// </summary>
public sealed record PageCheck(IReadOnlyList<EditionGen.Diagnostics.Diagnostic> Diagnostics, IReadOnlyList<string> Anchors, IReadOnlyList<FragmentLink> FragmentLinks)
{
    public static PageCheck Empty { get; } = new([], [], []);
}
