using EditionGen.Diagnostics;

namespace EditionGen.Ingest.Writing;

/// <summary>
/// What <see cref="ContentWriter"/> did, file by file (display paths such as
/// <c>content/2023/05/30/01-01.md</c>), and its findings.
/// </summary>
public sealed record ContentWriteResult(
    IReadOnlyList<string> Written,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<string> Removed,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Files saved as <c>NAME.bak</c> before <c>--force</c> replaced or removed them.</summary>
    public IReadOnlyList<string> BackedUp { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
