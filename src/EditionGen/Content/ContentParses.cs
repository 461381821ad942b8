using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace EditionGen.Content;

/// <summary>
/// What content files were read into, kept from one build for the next: a file is parsed again only when the
/// SHA-256 of its bytes differs from the hash its kept parse was made from, so an unchanged file is read and hashed
/// but not parsed, and a changed one is always parsed, whatever its length or time.
/// </summary>
public sealed class ContentParses(IReadOnlyDictionary<string, ContentParse>? previous = null)
{
    private readonly ConcurrentDictionary<string, ContentParse> _current = new(StringComparer.Ordinal);
    private int _parsed;

    /// <summary>How many files were parsed in this build rather than taken from the kept parses.</summary>
    public int ParsedCount => _parsed;

    /// <summary>The parse of every file read in this build, by its path from the site root.</summary>
    public IReadOnlyDictionary<string, ContentParse> Current => new Dictionary<string, ContentParse>(_current, StringComparer.Ordinal);

    /// <summary>The SHA-256 of every file read in this build, by its path from the site root.</summary>
    public IReadOnlyDictionary<string, string> Hashes => _current.ToDictionary(p => p.Key, p => p.Value.Hash, StringComparer.Ordinal);

    /// <summary>The kept parse of <paramref name="displayPath"/> when it was made from these bytes, else <paramref name="parse"/>'s.</summary>
    internal ContentParse Get(string displayPath, byte[] bytes, Func<ContentParse> parse)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (previous is null || !previous.TryGetValue(displayPath, out var kept) || kept.Hash != hash)
        {
            kept = parse() with { Hash = hash };
            Interlocked.Increment(ref _parsed);
        }

        _current[displayPath] = kept;
        return kept;
    }
}
