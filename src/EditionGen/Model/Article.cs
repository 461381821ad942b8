namespace EditionGen.Model;

/// <summary>One article of an issue, as read from its seed.</summary>
public sealed record Article
{
    /// <summary>Stable within an issue: page and order, e.g. <c>01-02</c>.</summary>
    public required string Id { get; init; }

    public required int Page { get; init; }

    /// <summary>1-based reading order on its page.</summary>
    public required int Order { get; init; }

    public string? Kicker { get; init; }

    public required string Title { get; init; }

    public string? Subtitle { get; init; }

    /// <summary>The column (栏目) label, such as 民生连线.</summary>
    public string? Column { get; init; }

    public string? Byline { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? Dateline { get; init; }

    public IReadOnlyList<Block> Blocks { get; init; } = [];

    /// <summary>The page this article continues on (下转第N版).</summary>
    public int? ContinuedTo { get; init; }

    /// <summary>The page this article continues from (上接第N版).</summary>
    public int? ContinuedFrom { get; init; }

    public LineRange SourceLines { get; init; }

    public static string MakeId(int page, int order) => $"{page:00}-{order:00}";
}
