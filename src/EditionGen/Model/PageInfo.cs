namespace EditionGen.Model;

/// <summary>A printed page (版) of an issue and its name, such as 要闻, when the seed gives one.</summary>
public sealed record PageInfo(int Number, string? Name = null);
