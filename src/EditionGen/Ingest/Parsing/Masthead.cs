using EditionGen.Model;

namespace EditionGen.Ingest.Parsing;

/// <summary>What the masthead of a seed says about its issue.</summary>
internal sealed record Masthead
{
    public DateOnly? Date { get; init; }

    public string? LunarDate { get; init; }

    public string? Weekday { get; init; }

    public int? IssueNumber { get; init; }

    public int? PageCount { get; init; }

    /// <summary>The line that announced the page count, for warnings about it.</summary>
    public int PageCountLine { get; init; }

    public Contacts Contacts { get; init; } = new();

    public IReadOnlyList<string> Extras { get; init; } = [];
}
