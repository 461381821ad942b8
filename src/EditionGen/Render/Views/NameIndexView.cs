namespace EditionGen.Render.Views;

/// <summary>The <c>name_index</c> object: every author (<c>kind</c> authors) or every column (columns) of the site.</summary>
public sealed record NameIndexView(string Kind, string Title, string Url, IReadOnlyList<NameEntryView> Entries);
