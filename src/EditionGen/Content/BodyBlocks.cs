using EditionGen.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Block = EditionGen.Model.Block;
using MarkdownBlock = Markdig.Syntax.Block;

namespace EditionGen.Content;

/// <summary>
/// Reads the body conventions of ingest back into <see cref="Block"/>s: paragraph, <c>## subhead</c>,
/// a paragraph directly followed by a list (no blank line) as the list's lead-in, and the
/// <c>:::caption</c> and <c>:::note</c> containers. Other Markdown a person may write shows as paragraphs.
/// </summary>
internal static class BodyBlocks
{
    public static IReadOnlyList<Block> Of(MarkdownDocument document, string source)
    {
        var blocks = new List<Block>();
        Collect(document, source, blocks);
        return blocks;
    }

    private static void Collect(ContainerBlock container, string source, List<Block> blocks)
    {
        for (var i = 0; i < container.Count; i++)
        {
            switch (container[i])
            {
                case YamlFrontMatterBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup:
                    break;
                case ParagraphBlock paragraph when i + 1 < container.Count && container[i + 1] is ListBlock list && IsDirectlyAbove(paragraph, list, source):
                    break;
                case HeadingBlock heading:
                    blocks.Add(Block.Subhead(PlainText.Of(heading)));
                    break;
                case ListBlock list:
                    var leadIn = i > 0 && container[i - 1] is ParagraphBlock above && IsDirectlyAbove(above, list, source)
                        ? PlainText.Of(above)
                        : "";
                    var items = list.OfType<ListItemBlock>().Select(item => string.Join("\n", PlainText.Lines(item))).ToList();
                    blocks.Add(new Block(BlockType.List, leadIn, items));
                    break;
                case CustomContainer { Info: "caption" } caption:
                    blocks.Add(new Block(BlockType.Caption, string.Join("\n", PlainText.Lines(caption))));
                    break;
                case CustomContainer { Info: "note" } note:
                    blocks.Add(new Block(BlockType.Note, string.Join("\n", PlainText.Lines(note))));
                    break;
                case ContainerBlock inner:
                    Collect(inner, source, blocks);
                    break;
                case LeafBlock leaf when PlainText.Of(leaf) is { Length: > 0 } text:
                    blocks.Add(Block.Paragraph(text));
                    break;
            }
        }
    }

    /// <summary>Whether only one line end separates two blocks, that is, no blank line.</summary>
    private static bool IsDirectlyAbove(MarkdownBlock above, MarkdownBlock below, string source)
    {
        var start = Math.Min(above.Span.End + 1, source.Length);
        var length = Math.Max(below.Span.Start - start, 0);
        return source.AsSpan(start, length).Count('\n') <= 1;
    }
}
