using System.Globalization;
using System.Text;

namespace EditionGen.Content;

/// <summary>
/// A plain-text excerpt cut by characters (text elements), not by words: Chinese has no spaces to cut at,
/// and a cut must never split a surrogate pair or a combining sequence.
/// </summary>
internal static class Excerpt
{
    public const int DefaultLength = 120;

    public static string Of(string? text, int length = DefaultLength)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var collapsed = Collapse(text);
        var elements = StringInfo.GetTextElementEnumerator(collapsed);
        var builder = new StringBuilder();
        var count = 0;
        while (elements.MoveNext())
        {
            if (count == length) return builder.ToString().TrimEnd() + "…";
            builder.Append(elements.GetTextElement());
            count++;
        }
        return builder.ToString();
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
