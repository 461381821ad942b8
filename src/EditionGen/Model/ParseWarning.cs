namespace EditionGen.Model;

/// <summary>A judgement of the parser that a person might question, with the seed line it concerns.</summary>
public sealed record ParseWarning(int Line, string Code, string Message);
