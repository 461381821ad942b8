namespace EditionGen.Render.Views;

/// <summary>A reference to a page of the same issue (continued_to/continued_from); <c>url</c> is null when that page has no content.</summary>
public sealed record PageRefView(int Number, string NumberText, string Label, string? Url);
