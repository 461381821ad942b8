using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace EditionGen.Content;

/// <summary>
/// What content files were read into, kept from one build for the next. A file whose length and time are the ones its
/// kept parse recorded (see <see cref="FileStamp"/>) is taken as it was, without being read; any other file is read
/// and hashed, and parsed again only when the SHA-256 of its bytes differs from the hash its kept parse was made from.
/// </summary>
public sealed class ContentParses(IReadOnlyDictionary<string, ContentParse>? previous = null)
{
    private readonly ConcurrentDictionary<string, ContentParse> _current = new(StringComparer.Ordinal);
    private int _parsed;
    private int _trusted;

    /// <summary>How many files were parsed in this build rather than taken from the kept parses.</summary>
    public int ParsedCount => _parsed;

    /// <summary>How many files were taken by their length and time, without being read.</summary>
    public int TrustedCount => _trusted;

    /// <summary>The parse of every file read in this build, by its path from the site root.</summary>
    public IReadOnlyDictionary<string, ContentParse> Current => new Dictionary<string, ContentParse>(_current, StringComparer.Ordinal);

    /// <summary>The SHA-256 of every file read in this build, by its path from the site root.</summary>
    public IReadOnlyDictionary<string, string> Hashes => _current.ToDictionary(p => p.Key, p => p.Value.Hash, StringComparer.Ordinal);

    /// <summary>
    /// The kept parse of <paramref name="displayPath"/> when the file's stamp or bytes are the ones it was made from,
    /// else <paramref name="parse"/>'s of the bytes <paramref name="read"/> gives; null when they cannot be read.
    /// </summary>
    internal ContentParse? Get(string fullPath, string displayPath, Func<byte[]?> read, Func<byte[], ContentParse> parse)
    {
        ContentParse? kept = null;
        previous?.TryGetValue(displayPath, out kept);
        // Taken before the bytes are read: a write after this look changes the stamp that is kept with them.
        var now = DateTime.UtcNow;
        var stamp = FileStamp.Of(fullPath);
        if (kept?.Stamp is { } was && stamp == was)
        {
            Interlocked.Increment(ref _trusted);
            _current[displayPath] = kept;
            return kept;
        }

        if (read() is not { } bytes) return null;
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (kept is null || kept.Hash != hash)
        {
            kept = parse(bytes);
            Interlocked.Increment(ref _parsed);
        }

        kept = kept with { Hash = hash, Stamp = stamp?.KeptAt(now) };
        _current[displayPath] = kept;
        return kept;
    }
}
