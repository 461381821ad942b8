namespace EditionGen.Render.Views;

/// <summary>A printed page (版) of an issue; <c>url</c> is null when it has no articles (it has no page of its own then).</summary>
public sealed record PageView(int Number, string NumberText, string Label, string? Name, string? Url, IReadOnlyList<ArticleView> Articles)
{
    public bool HasArticles => Articles.Count > 0;
}
