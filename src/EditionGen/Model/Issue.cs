namespace EditionGen.Model;

/// <summary>One issue of a newspaper: its masthead and its articles in reading order.</summary>
public sealed record Issue
{
    /// <summary>The seed file name the issue was read from.</summary>
    public required string Source { get; init; }

    public DateOnly? Date { get; init; }

    public string? LunarDate { get; init; }

    public string? Weekday { get; init; }

    public int? IssueNumber { get; init; }

    /// <summary>The page count the masthead announces (今日N版).</summary>
    public int? PageCount { get; init; }

    public Contacts Contacts { get; init; } = new();

    /// <summary>Masthead lines that are neither date nor number nor contact, such as promotions.</summary>
    public IReadOnlyList<string> MastheadExtras { get; init; } = [];

    public IReadOnlyList<PageInfo> Pages { get; init; } = [];

    public IReadOnlyList<Article> Articles { get; init; } = [];

    public IReadOnlyList<Residue> Unassigned { get; init; } = [];

    public IReadOnlyList<ParseWarning> Warnings { get; init; } = [];
}
