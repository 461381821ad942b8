namespace EditionGen.Render;

/// <summary>One file a unit of rendering made: its path in the output and the layout it was rendered with, if any.</summary>
public sealed record UnitFile(string Path, string? Layout);
