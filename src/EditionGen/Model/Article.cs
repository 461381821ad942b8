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

    /// <summary>The summary or deck printed with the headline, one entry a line as printed (■…).</summary>
    public IReadOnlyList<string> Summary { get; init; } = [];

    /// <summary>Credits of photos and graphics as printed (…摄, 制图：…, 供图：…).</summary>
    public IReadOnlyList<string> Credits { get; init; } = [];

    /// <summary>A letter's or statement's signature and date lines, as printed, in order.</summary>
    public IReadOnlyList<string> Signature { get; init; } = [];

    public IReadOnlyList<Block> Blocks { get; init; } = [];

    /// <summary>The page this article continues on (下转第N版).</summary>
    public int? ContinuedTo { get; init; }

    /// <summary>The page this article continues from (上接第N版).</summary>
    public int? ContinuedFrom { get; init; }

    public LineRange SourceLines { get; init; }

    /// <summary>How sure the reader was of this article's boundaries and headline roles; null when not judged.</summary>
    public ArticleConfidence? Confidence { get; init; }

    public static string MakeId(int page, int order) => $"{page:00}-{order:00}";
}
