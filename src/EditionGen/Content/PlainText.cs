using System.Text;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EditionGen.Content;

/// <summary>
/// The visible text of Markdown: one line per paragraph, heading, list item or container
/// paragraph; hard breaks kept as line breaks; markup left out.
/// </summary>
internal static class PlainText
{
    // Stands for a soft line break until both neighbours are known (see JoinSoftBreaks).
    private const char SoftBreak = '\uFFFF';

    public static string Of(MarkdownDocument document) => string.Join("\n", Lines(document));

    public static IEnumerable<string> Lines(ContainerBlock container)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case YamlFrontMatterBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup:
                    break;
                case LeafBlock leaf:
                    yield return Of(leaf);
                    break;
                case ContainerBlock inner:
                    foreach (var line in Lines(inner)) yield return line;
                    break;
            }
        }
    }

    /// <summary>The text of a paragraph or heading, or the lines of a code block as written.</summary>
    public static string Of(LeafBlock leaf) =>
        leaf.Inline is { } inline ? Of(inline) : leaf.Lines.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);

    public static string Of(ContainerInline inline)
    {
        var builder = new StringBuilder();
        Append(builder, inline);
        return JoinSoftBreaks(builder);
    }

    private static void Append(StringBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal: builder.Append(literal.Content.AsSpan()); break;
            case CodeInline code: builder.Append(code.Content); break;
            case HtmlEntityInline entity: builder.Append(entity.Transcoded.AsSpan()); break;
            case LineBreakInline lineBreak: builder.Append(lineBreak.IsHard ? '\n' : SoftBreak); break;
            case AutolinkInline autolink: builder.Append(autolink.Url); break;
            case HtmlInline html: builder.Append(html.Tag); break;
            case ContainerInline container:
                foreach (var child in container) Append(builder, child);
                break;
        }
    }

    /// <summary>A soft break joins CJK text directly (Chinese has no spaces between words) and Latin text with a space.</summary>
    private static string JoinSoftBreaks(StringBuilder builder)
    {
        for (var i = 0; i < builder.Length; i++)
        {
            if (builder[i] != SoftBreak) continue;
            var wide = i > 0 && i + 1 < builder.Length && IsWide(builder[i - 1]) && IsWide(builder[i + 1]);
            if (wide) builder.Remove(i--, 1);
            else builder[i] = ' ';
        }
        return builder.ToString();
    }

    /// <summary>CJK scripts and punctuation, full-width forms, and (as surrogates) emoji and rare ideographs.</summary>
    private static bool IsWide(char c) => c is (>= '\u2E80' and < '\uFF61') or (>= '\uD800' and <= '\uDFFF');
}
