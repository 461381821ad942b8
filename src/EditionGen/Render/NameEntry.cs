namespace EditionGen.Render;

/// <summary>One author or column of a <see cref="NameIndex"/> with its articles, newest first.</summary>
internal sealed record NameEntry(string Name, string Slug, IReadOnlyList<IndexedArticle> Articles)
{
    public const int PageSize = 20;

    public int PageCount => Math.Max(1, (Articles.Count + PageSize - 1) / PageSize);
}
