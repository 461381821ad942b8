using System.Security.Cryptography;
using System.Text;
using EditionGen.Content;

namespace EditionGen.Ingest.Writing;

/// <summary>
/// The fingerprint ingest leaves in each file it writes: a front matter line
/// <c>ingest_hash: sha256-…</c>, the SHA-256 of the file's UTF-8 bytes with that line left out.
/// It lives in the file rather than in a side index so that it travels with the file through
/// copies, moves and git, and cannot drift out of step with a separate record.
/// </summary>
internal static class IngestHash
{
    private const string Prefix = ContentLayout.IngestHashKey + ": ";
    private const string Algorithm = "sha256-";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Adds the hash line as the last front matter line of a file text that ends its front matter with <c>---</c>.</summary>
    public static string Stamp(string frontMatter, string body)
    {
        const string close = "---\n";
        var open = frontMatter[..^close.Length];
        var hash = Compute(open + close + body);
        return open + Prefix + Algorithm + hash + "\n" + close + body;
    }

    /// <summary>Whether a file is exactly what ingest wrote: its recorded hash matches its content.</summary>
    public static bool IsUnedited(byte[] bytes)
    {
        // Invalid UTF-8 decodes to U+FFFD and encodes back differently, so it counts as edited.
        // Line ends a checkout changed to CRLF are not an edit: the file still says what ingest wrote.
        var text = Utf8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) return false;
        var position = 4;
        while (position < text.Length)
        {
            var next = text.IndexOf('\n', position);
            if (next < 0) return false;
            var line = text.AsSpan(position, next - position);
            if (line is "---") return false;
            if (line.StartsWith(Prefix, StringComparison.Ordinal))
            {
                var recorded = line[Prefix.Length..];
                var rest = string.Concat(text.AsSpan(0, position), text.AsSpan(next + 1));
                return recorded.StartsWith(Algorithm, StringComparison.Ordinal)
                    && recorded[Algorithm.Length..].SequenceEqual(Compute(rest));
            }
            position = next + 1;
        }
        return false;
    }

    private static string Compute(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Utf8.GetBytes(text)));
}
