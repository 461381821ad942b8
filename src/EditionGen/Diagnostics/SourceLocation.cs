namespace EditionGen.Diagnostics;

/// <summary>A place in a file, 1-based in line and column like compilers print it.</summary>
public readonly record struct SourceLocation(string Path, int Line = 0, int Column = 0)
{
    /// <summary>A location that names only a file.</summary>
    public static SourceLocation File(string path) => new(path);

    public override string ToString() => Line > 0
        ? $"{Path}({Line},{Math.Max(Column, 1)})"
        : Path;
}
