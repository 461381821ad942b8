using System.Reflection;
using System.Text;

namespace EditionGen.Cli.Scaffold;

/// <summary>
/// The files <c>editiongen new</c> writes, embedded from <c>Scaffold/edition/</c>. A path segment that
/// starts with <c>dot_</c> stands for one starting with <c>.</c> (<c>dot_github/</c> is <c>.github/</c>),
/// so the files do not act on this repository. <c>@TITLE@</c>, <c>@LANGUAGE@</c> and <c>@VERSION@</c>
/// are filled in when the files are written.
/// </summary>
public static class EditionScaffold
{
    private const string Prefix = "scaffold/";
    private const string DotPrefix = "dot_";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly Dictionary<string, string> Files = Resources();

    /// <summary>Every file of a new edition, relative to its folder with forward slashes, sorted ordinally.</summary>
    public static IReadOnlyList<string> Names { get; } = Files.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The content of one file of a new edition, with its placeholders filled.</summary>
    public static byte[] Render(string name, string title, string language, string version)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Files.TryGetValue(name, out var resource)) throw new ArgumentException($"The scaffold has no file '{name}'.", nameof(name));
        using var stream = typeof(EditionScaffold).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Utf8);
        var text = reader.ReadToEnd()
            .Replace("@TITLE@", YamlString(title), StringComparison.Ordinal)
            .Replace("@LANGUAGE@", YamlString(language), StringComparison.Ordinal)
            .Replace("@VERSION@", version, StringComparison.Ordinal);
        return Utf8.GetBytes(text);
    }

    /// <summary>Edition file names to resource names.</summary>
    private static Dictionary<string, string> Resources() => typeof(EditionScaffold).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .ToDictionary(n => FileName(n[Prefix.Length..]), n => n, StringComparer.Ordinal);

    private static string FileName(string resource) => string.Join('/', resource
        .Replace('\\', '/')
        .Split('/')
        .Select(part => part.StartsWith(DotPrefix, StringComparison.Ordinal) ? "." + part[DotPrefix.Length..] : part));

    /// <summary>A double-quoted YAML scalar, so a title with quotes, colons or <c>#</c> stays one value.</summary>
    private static string YamlString(string value)
    {
        var escaped = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }
        return escaped.Append('"').ToString();
    }
}
