using System.Globalization;
using System.Text;

namespace EditionGen.Ingest.Writing;

/// <summary>
/// Formats YAML scalars so that any string reads back exactly. Every string is double-quoted:
/// plain scalars would turn <c>null</c>, <c>yes</c>, <c>- x</c>, <c>a: b</c> or <c># x</c> into
/// something else, and one quoting rule for all is easier to trust than a list of exceptions.
/// </summary>
internal static class YamlScalar
{
    public const string Null = "null";

    public static string Quote(string? value)
    {
        if (value is null) return Null;
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var rune in value.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                case '\r': builder.Append("\\r"); break;
                // Controls, DEL, C1 controls (U+0085 is a YAML line break), the Unicode line and
                // paragraph separators and the byte order mark would not survive as literal text.
                case < 0x20 or 0x7F or (>= 0x80 and <= 0x9F) or 0x2028 or 0x2029 or 0xFEFF:
                    builder.Append("\\u").Append(rune.Value.ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(rune.ToString()); break;
            }
        }
        return builder.Append('"').ToString();
    }

    /// <summary>A one-line flow sequence of quoted texts, such as <c>["第01版", "要闻"]</c>.</summary>
    public static string FlowList(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(v => Quote(v))) + "]";

    public static string Number(int? value) =>
        value is { } number ? number.ToString(CultureInfo.InvariantCulture) : Null;

    public static string Date(DateOnly? value) =>
        value is { } date ? date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture) : Null;
}
