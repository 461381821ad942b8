using System.Runtime.CompilerServices;

namespace EditionGen.Ingest.Reading.Features;

/// <summary>
/// Names a feature by a 64-bit FNV-1a hash of its template and value, so that features cost no string
/// allocation and the model stores only numbers. Stable across runs and platforms.
/// </summary>
public static class FeatureHasher
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hashes of the templates met so far, by the template string itself (templates are a few dozen constants).</summary>
    private static readonly Template?[] Templates = new Template?[4096];

    public static ulong Hash(string template, ReadOnlySpan<char> value)
    {
        var hash = Prefix(template);
        foreach (var c in value) hash = Mix(hash, c);
        return hash;
    }

    public static ulong Hash(string template, int value)
    {
        Span<char> digits = stackalloc char[12];
        value.TryFormat(digits, out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        return Hash(template, digits[..written]);
    }

    /// <summary>The hash of <c>template=</c>, mixed once for each template string and then remembered.</summary>
    private static ulong Prefix(string template)
    {
        var start = RuntimeHelpers.GetHashCode(template);
        for (var probe = 0; probe < 4; probe++)
        {
            var slot = (start + probe) & (Templates.Length - 1);
            var known = Templates[slot];
            if (known is null)
            {
                var hash = Mix(Mix(Offset, template), '=');
                Templates[slot] = new Template(template, hash);
                return hash;
            }

            if (ReferenceEquals(known.Text, template)) return known.Hash;
        }

        return Mix(Mix(Offset, template), '=');
    }

    private sealed record Template(string Text, ulong Hash);

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
