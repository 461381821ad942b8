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

    /// <summary>Content files parsed in this build; the others' bytes were those the last build parsed, and its parse was taken.</summary>
    public int Parsed { get; init; }

    /// <summary>Issues that were neither read nor rendered: the inputs of all their files were the last build's, and every file was taken as it was.</summary>
    public int ReusedIssues { get; init; }

    /// <summary>Authors and columns none of whose pages were paged or keyed: the articles each lists were the last build's, and every page was taken as it was.</summary>
    public int ReusedNames { get; init; }

    /// <summary>Files rendered or produced in this build; the others were the last build's, reused unchanged.</summary>
    public int Rendered { get; init; }

    /// <summary>Files whose bytes changed, and so were written; every other file of the output kept its bytes and time.</summary>
    public int Written { get; init; }

    /// <summary>Nothing the build reads changed since the last build, so the output was left as it was.</summary>
    public bool UpToDate { get; init; }

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    public bool Succeeded => ErrorCount == 0 && Published;
}
