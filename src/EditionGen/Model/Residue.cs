namespace EditionGen.Model;

/// <summary>Seed text that the parser could not place anywhere; kept so that nothing is lost.</summary>
public sealed record Residue(int Line, string Text);
