namespace EditionGen.Ingest.Parsing;

/// <summary>The headline block of an article: kicker (引题), title (主题), subtitle (副题), column label and bylines.</summary>
internal sealed record Headline(string? Kicker, string? Title, string? Subtitle, string? Column, IReadOnlyList<string> Bylines)
{
    public static readonly Headline Empty = new(null, null, null, null, []);
}
