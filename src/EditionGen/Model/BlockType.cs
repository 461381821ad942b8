namespace EditionGen.Model;

/// <summary>The kinds of body block an article is made of.</summary>
public enum BlockType
{
    Paragraph,
    Subhead,
    List,
    Caption,
    Note,
}
