namespace EditionGen.Model;

/// <summary>A printed page (版) of an issue and its name, such as 要闻, when the seed gives one.</summary>
public sealed record PageInfo(int Number, string? Name = null)
{
    /// <summary>
    /// Lines printed above the page's articles that belong to the page, not to an article: its number, date or
    /// name (第01版, 2019年10月1日 星期二, 要闻), as printed.
    /// </summary>
    public IReadOnlyList<string> RunningHeads { get; init; } = [];
}
