namespace EditionGen.Ingest.Reading.Features;

/// <summary>
/// Names a feature by a 64-bit FNV-1a hash of its template and value, so that features cost no string
/// allocation and the model stores only numbers. Stable across runs and platforms.
/// </summary>
public static class FeatureHasher
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Hash(string template, ReadOnlySpan<char> value)
    {
        var hash = Mix(Offset, template);
        hash = Mix(hash, '=');
        foreach (var c in value) hash = Mix(hash, c);
        return hash;
    }

    public static ulong Hash(string template, int value)
    {
        Span<char> digits = stackalloc char[12];
        value.TryFormat(digits, out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        return Hash(template, digits[..written]);
    }

    private static ulong Mix(ulong hash, string text)
    {
        foreach (var c in text) hash = Mix(hash, c);
        return hash;
    }

    private static ulong Mix(ulong hash, char c)
    {
        hash ^= (byte)c;
        hash *= Prime;
        hash ^= (byte)(c >> 8);
        hash *= Prime;
        return hash;
    }
}
