using System.Globalization;
using EditionGen.Diagnostics;
using Scriban.Runtime;

namespace EditionGen.Render;

/// <summary>
/// The interface strings of the theme in the site's language, from <c>strings/&lt;language&gt;.txt</c>
/// (one <c>key: value</c> a line). Each key is looked up in the site's file then the built-in one, for the exact
/// language (zh-CN), then its primary subtag (zh), then the default zh-CN, so a site overrides a single string.
/// </summary>
internal sealed class UiStrings
{
    public const string DefaultLanguage = "zh-CN";

    private readonly Dictionary<string, string> _values;

    private UiStrings(Dictionary<string, string> values) => _values = values;

    public string this[string key] => _values.TryGetValue(key, out var value) ? value : key;

    public static UiStrings Load(Theme theme, string language, DiagnosticBag diagnostics)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var candidate in Candidates(language))
        {
            foreach (var file in theme.FindEach($"strings/{candidate}.txt"))
                Read(file, values, diagnostics);
        }
        return new UiStrings(values);
    }

    /// <summary>Fills <c>{name}</c> placeholders of a string.</summary>
    public string Format(string key, params (string Name, object Value)[] arguments)
    {
        var text = this[key];
        foreach (var (name, value) in arguments)
            text = text.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return text;
    }

    /// <summary>The strings as a read-only Scriban object, the <c>t</c> of templates.</summary>
    public ScriptObject ToScriptObject()
    {
        var result = new ScriptObject();
        foreach (var (key, value) in _values.OrderBy(p => p.Key, StringComparer.Ordinal)) result[key] = value;
        result.IsReadOnly = true;
        return result;
    }

    private static IEnumerable<string> Candidates(string language)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var primary = language.Split('-')[0];
        foreach (var candidate in new[] { language, primary, DefaultLanguage })
        {
            if (candidate.Length > 0 && IsSafe(candidate) && seen.Add(candidate)) yield return candidate;
        }
    }

    private static bool IsSafe(string language) => language.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    private static void Read(ThemeFile file, Dictionary<string, string> values, DiagnosticBag diagnostics)
    {
        var lines = file.ReadText().Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = colon > 0 ? line[..colon].Trim() : "";
            if (key.Length == 0 || !key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                diagnostics.Warning(DiagnosticCodes.StringsInvalid, new SourceLocation(file.DisplayPath, i + 1, 1),
                    "this line is not 'key: value' with a snake_case key; write it like 'home: 首页' or start it with # to make it a comment.");
                continue;
            }
            values.TryAdd(key, Unquote(line[(colon + 1)..].Trim()));
        }
    }

    /// <summary>A value in double quotes keeps its surrounding spaces.</summary>
    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;
}
