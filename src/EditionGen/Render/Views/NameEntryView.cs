namespace EditionGen.Render.Views;

/// <summary>One name of a <see cref="NameIndexView"/>: its first page and how many articles it has.</summary>
public sealed record NameEntryView(string Name, string Slug, string Url, int ArticleCount);
