namespace EditionGen.Render;

/// <summary>The answer of <see cref="Theme.Find"/>: a file, or why there is none.</summary>
internal sealed record ThemeLookup(ThemeFile? File, string? ErrorCode, string? Error)
{
    public static ThemeLookup Found(ThemeFile file) => new(file, null, null);

    public static ThemeLookup Failed(string code, string error) => new(null, code, error);
}
