using System.Text;

namespace EditionGen.Model;

/// <summary>
/// One file of the built site, on its way from Render through Validate to Publish.
/// <see cref="Path"/> is relative to the output folder with forward slashes (<c>2023/05/30/index.html</c>);
/// <see cref="Origin"/> names the template or file it came from, for diagnostics.
/// </summary>
public sealed record SiteFile(string Path, byte[] Bytes, string? Origin = null)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // The text the file was made from and the bytes it gave, kept so that checking the file does not decode them
    // again; only a text its bytes give back exactly is kept, and only while the file still holds those bytes.
    private string? _text;
    private byte[]? _textBytes;

    public static SiteFile FromText(string path, string text, string? origin = null)
    {
        try
        {
            var bytes = StrictUtf8.GetBytes(text);
            return new SiteFile(path, bytes, origin) { _text = text, _textBytes = bytes };
        }
        catch (EncoderFallbackException)
        {
            // A lone surrogate is written as U+FFFD: the file's text is what its bytes say.
            return new SiteFile(path, Utf8.GetBytes(text), origin);
        }
    }

    /// <summary>The key of everything the file was made from, when the build keeps state: equal keys give equal bytes.</summary>
    public string? Key { get; init; }

    /// <summary>The layout a page was rendered with, such as <c>layouts/article.html</c>; null for other files.</summary>
    public string? Layout { get; init; }

    /// <summary>The last build made this file from the same inputs: its bytes are in the previous output, and <see cref="Bytes"/> is empty.</summary>
    public bool Reused { get; init; }

    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);

    public string Text => _text is not null && ReferenceEquals(_textBytes, Bytes) ? _text : Utf8.GetString(Bytes);
}
