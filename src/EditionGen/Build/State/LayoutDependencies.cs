namespace EditionGen.Build.State;

/// <summary>The theme files (the layout and every partial it included) that pages of one layout were rendered with, and their hash then.</summary>
public sealed record LayoutDependencies(string Layout, IReadOnlyList<string> Templates, string Hash);
