using System.Text;

namespace EditionGen.Ingest.Writing;

/// <summary>
/// Turns seed text into Markdown that shows exactly that text. Seed text is data: an asterisk,
/// <c>&lt;script&gt;</c>, <c>&amp;amp;</c>, <c>[x](y)</c> or <c>1.</c> at a line start must come out
/// as the same visible characters, never as markup.
/// </summary>
internal static class MarkdownEscaper
{
    // Characters that start or end inline markup anywhere in a line (emphasis, code, links,
    // autolinks and raw HTML, entities, tables, strikethrough, headings' closing hashes,
    // attribute braces) plus the escape character itself.
    private const string AlwaysEscaped = "\\`*_[]<>&|~{}#";

    /// <summary>
    /// Escapes text for a paragraph or list item. Line breaks inside the text become Markdown
    /// hard breaks; continuation lines start with <paramref name="indent"/>.
    /// </summary>
    public static string Block(string text, string indent = "")
    {
        var lines = Normalize(text).Split('\n');
        var last = Array.FindLastIndex(lines, line => line.Length > 0);
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i <= last; i++)
        {
            if (i > 0) builder.Append("\\\n").Append(indent);
            builder.Append(Line(lines[i]));
        }
        // A hard break cannot end a block, so line breaks at the very end are character references.
        for (var i = Math.Max(last, 0); i < lines.Length - 1; i++) builder.Append("&#10;");
        return builder.ToString();
    }

    /// <summary>Escapes text for an ATX heading, which is one line: line breaks become character references.</summary>
    public static string Heading(string text) =>
        string.Join("&#10;", Normalize(text).Split('\n').Select(Line));

    /// <summary>Escapes one line that starts a Markdown line, so block markers are neutralised too.</summary>
    public static string Line(string line)
    {
        var start = 0;
        while (start < line.Length && line[start] is ' ' or '\t') start++;
        var end = line.Length;
        while (end > start && line[end - 1] is ' ' or '\t') end--;

        var builder = new StringBuilder(line.Length + 8);
        // Markdown drops spaces and tabs at line edges (and four spaces start code), so keep them as references.
        AppendWhitespace(builder, line.AsSpan(0, start));
        var ordered = OrderedListMarkerEnd(line, start, end);
        for (var i = start; i < end; i++)
        {
            var c = line[i];
            var escape = AlwaysEscaped.Contains(c)
                || (i == start && c is '-' or '+' or '=')
                || i == ordered
                // Custom containers (:::) and their inline form (::text::) need two colons in a row.
                || (c == ':' && ((i > start && line[i - 1] == ':') || (i + 1 < end && line[i + 1] == ':')));
            if (escape) builder.Append('\\');
            builder.Append(c);
        }
        AppendWhitespace(builder, line.AsSpan(end));
        return builder.ToString();
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>The index of the <c>.</c> or <c>)</c> in a line that starts like an ordered list item, or -1.</summary>
    private static int OrderedListMarkerEnd(string line, int start, int end)
    {
        var i = start;
        while (i < end && i - start < 10 && char.IsAsciiDigit(line[i])) i++;
        return i > start && i < end && line[i] is '.' or ')' ? i : -1;
    }

    private static void AppendWhitespace(StringBuilder builder, ReadOnlySpan<char> whitespace)
    {
        foreach (var c in whitespace) builder.Append(c == '\t' ? "&#9;" : "&#32;");
    }
}
