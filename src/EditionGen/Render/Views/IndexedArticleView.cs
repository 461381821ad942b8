namespace EditionGen.Render.Views;

/// <summary>An article listed on a <see cref="NamePageView"/>: its date, page label and linked title.</summary>
public sealed record IndexedArticleView(string Date, string DateText, string PageLabel, string Title, string Url);
