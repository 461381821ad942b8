using System.Text;
using EditionGen.Model;

namespace EditionGen.Ingest.Writing;

/// <summary>
/// Writes an article's blocks as Markdown. Conventions, which Content reads back:
/// a paragraph is a paragraph; a subhead is <c>## text</c>; a list is its lead-in paragraph
/// directly followed (no blank line) by <c>- item</c> lines (<c>* item</c> for a list without lead-in
/// right after another list); a caption and a note are custom
/// containers <c>:::caption</c> … <c>:::</c> and <c>:::note</c> … <c>:::</c>. Line breaks inside a
/// block are hard breaks. Blocks without text and empty list items are left out: they show nothing.
/// </summary>
internal static class MarkdownBodyWriter
{
    public static string Write(IReadOnlyList<Block> blocks)
    {
        var parts = new List<string>(blocks.Count);
        var bullet = '*';
        var previousWasList = false;
        foreach (var block in blocks)
        {
            var isList = block.Type == BlockType.List;
            // Two lists in a row would merge into one; a change of bullet keeps them apart.
            if (isList) bullet = previousWasList && block.Text.Length == 0 && bullet == '-' ? '*' : '-';
            var part = isList ? List(block, bullet) : Write(block);
            if (part.Length == 0) continue;
            parts.Add(part);
            previousWasList = isList;
        }
        return parts.Count == 0 ? "" : string.Join("\n\n", parts) + "\n";
    }

    private static string Write(Block block) => block.Type switch
    {
        BlockType.Subhead => block.Text.Length == 0 ? "" : "## " + MarkdownEscaper.Heading(block.Text),
        BlockType.Caption => Container("caption", block.Text),
        BlockType.Note => Container("note", block.Text),
        _ => block.Text.Length == 0 ? "" : MarkdownEscaper.Block(block.Text),
    };

    private static string List(Block block, char bullet)
    {
        var builder = new StringBuilder();
        if (block.Text.Length > 0) builder.Append(MarkdownEscaper.Block(block.Text)).Append('\n');
        foreach (var item in block.Items ?? [])
        {
            if (item.Length == 0) continue;
            builder.Append(bullet).Append(' ').Append(MarkdownEscaper.Block(item, indent: "  ")).Append('\n');
        }
        return builder.ToString().TrimEnd('\n');
    }

    private static string Container(string kind, string text) =>
        text.Length == 0 ? "" : $":::{kind}\n{MarkdownEscaper.Block(text)}\n:::";
}
