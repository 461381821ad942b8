using EditionGen.Render;

namespace EditionGen.Build.State;

/// <summary>One unit of rendering of the last published build (an issue, by its page's path): the key it was made from and the files it made.</summary>
public sealed record UnitEntry(string Name, string Key, IReadOnlyList<UnitFile> Files);
