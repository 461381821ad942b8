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
    private ContentListing? _listing;

    /// <summary>How many files were parsed in this build rather than taken from the kept parses.</summary>
    public int ParsedCount => _parsed;

    /// <summary>How many files were taken by their length and time, without being read.</summary>
    public int TrustedCount => _trusted;

    /// <summary>The parse of every file read in this build, by its path from the site root.</summary>
    public IReadOnlyDictionary<string, ContentParse> Current => new Dictionary<string, ContentParse>(_current, StringComparer.Ordinal);

    /// <summary>The SHA-256 of every file read in this build, by its path from the site root.</summary>
    public IReadOnlyDictionary<string, string> Hashes => _current.ToDictionary(p => p.Key, p => p.Value.Hash, StringComparer.Ordinal);

    /// <summary>
    /// Takes each file's stamp from <paramref name="listing"/> rather than looking at the file: the walk took it before
    /// any file was read, as a look of its own would, and after <see cref="ContentListing.TakenAt"/>.
    /// </summary>
    internal void Listed(ContentListing listing) => _listing = listing;

    /// <summary>
    /// The kept parse of <paramref name="displayPath"/> when the file's stamp or bytes are the ones it was made from,
    /// else <paramref name="parse"/>'s of the bytes <paramref name="read"/> gives; null when they cannot be read.
    /// </summary>
    internal ContentParse? Get(string fullPath, string displayPath, Func<byte[]?> read, Func<byte[], ContentParse> parse)
    {
        ContentParse? kept = null;
        previous?.TryGetValue(displayPath, out kept);
        // Taken before the bytes are read: a write after this look changes the stamp that is kept with them.
        // A file the listing did not find (written since) is looked at by itself.
        var listed = _listing?.Stamp(fullPath);
        var now = listed is null ? DateTime.UtcNow : _listing!.TakenAt;
        var stamp = listed ?? FileStamp.Of(fullPath);
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
