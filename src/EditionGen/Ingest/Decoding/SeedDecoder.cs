using System.Text;
using EditionGen.Diagnostics;

namespace EditionGen.Ingest.Decoding;

/// <summary>
/// Turns the bytes of a seed into text with LF line ends. Seeds come as UTF-8 (with or without BOM),
/// UTF-16 with a BOM, or GB18030/GBK without any flag, so the encoding is found by strict trial.
/// </summary>
public static class SeedDecoder
{
    private static readonly Encoding StrictUtf8 =
        new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>Reads and decodes a seed file.</summary>
    /// <exception cref="InputException">EG0101 when the file cannot be read, EG0102 when it cannot be decoded.</exception>
    public static string Read(string path) => Decode(ReadBytes(path), path);

    /// <summary>The seed's bytes as they are on disk; read errors become an EG0101 <see cref="InputException"/>.</summary>
    public static byte[] ReadBytes(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new InputException(Diagnostic.Error(DiagnosticCodes.SeedUnreadable, SourceLocation.File(path),
                "the seed is a folder, not a text file; rename it so that it does not end in .txt, or move it out of seeds/."));
        }

        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new InputException(
                Diagnostic.Error(
                    DiagnosticCodes.SeedUnreadable,
                    SourceLocation.File(path),
                    $"the seed cannot be read ({e.Message}); check that the file exists and is readable."),
                e);
        }
    }

    /// <summary>Decodes seed bytes; <paramref name="path"/> only names the file in errors.</summary>
    /// <exception cref="InputException">EG0102 when the bytes hold NUL characters or are no known encoding.</exception>
    public static string Decode(byte[] bytes, string path)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(path);

        var text = HasBom(bytes)
            ? DecodeByBom(bytes) ?? throw NotDecodable(path, 1, 1, "it starts with a byte order mark but the bytes after it do not follow that encoding")
            : DecodeWithoutBom(bytes, path);
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            var (line, column) = Position(text, nul);
            throw NotDecodable(path, line, column, "it contains NUL characters, so it is probably a binary file or UTF-16 without a byte order mark");
        }

        return NormaliseLineEnds(text);
    }

    private static bool HasBom(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        || bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF);

    private static string? DecodeByBom(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return TryDecode(StrictUtf8, bytes, 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return TryDecode(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes, 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return TryDecode(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes, 2);
        return null;
    }

    private static string DecodeWithoutBom(byte[] bytes, string path)
    {
        // UTF-8 first: GB18030 would accept almost any byte sequence, UTF-8 rejects nearly every GBK text.
        var text = TryDecode(StrictUtf8, bytes, 0) ?? TryDecode(StrictGb18030.Value, bytes, 0);
        if (text is not null) return text;

        var bad = FirstInvalidUtf8Byte(bytes);
        var prefix = bad > 0 ? TryDecode(StrictUtf8, bytes[..bad], 0) ?? "" : "";
        var (line, column) = Position(prefix, prefix.Length);
        throw NotDecodable(path, line, column,
            $"the byte 0x{bytes[bad]:X2} at offset {bad} is neither UTF-8 nor GB18030");
    }

    private static string? TryDecode(Encoding encoding, byte[] bytes, int start)
    {
        try
        {
            return encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static int FirstInvalidUtf8Byte(byte[] bytes)
    {
        var span = bytes.AsSpan();
        var offset = 0;
        while (offset < span.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(span[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done) return offset;
            offset += consumed;
        }

        return Math.Max(0, span.Length - 1);
    }

    private static (int Line, int Column) Position(string text, int index)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (line, column);
    }

    private static InputException NotDecodable(string path, int line, int column, string why) =>
        new(Diagnostic.Error(
            DiagnosticCodes.SeedNotDecodable,
            new SourceLocation(path, line, column),
            $"the seed cannot be decoded: {why}; save it as UTF-8 (or GB18030, or UTF-16 with a byte order mark) and run again."));

    private static string NormaliseLineEnds(string text) =>
        text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;
}
