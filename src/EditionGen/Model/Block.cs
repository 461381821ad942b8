namespace EditionGen.Model;

/// <summary>One body block. For a list, <see cref="Text"/> is its lead-in line and <see cref="Items"/> its items.</summary>
public sealed record Block(BlockType Type, string Text, IReadOnlyList<string>? Items = null)
{
    public static Block Paragraph(string text) => new(BlockType.Paragraph, text);

    public static Block Subhead(string text) => new(BlockType.Subhead, text);
}
