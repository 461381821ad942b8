using EditionGen.Diagnostics;

namespace EditionGen.Build;

/// <summary>The outcome of a build: every finding, what was produced, and whether it was published.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    int SeedCount,
    int IssueCount,
    int ArticleCount,
    int FileCount,
    bool Published)
{
    /// <summary>The time each stage took; reported to the user, never written into the site.</summary>
    public IReadOnlyDictionary<BuildStage, TimeSpan> Timings { get; init; } = new Dictionary<BuildStage, TimeSpan>();

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    public bool Succeeded => ErrorCount == 0 && Published;
}
