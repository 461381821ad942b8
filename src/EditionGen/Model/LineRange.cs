namespace EditionGen.Model;

/// <summary>The 1-based first and last line of the seed that an element came from.</summary>
public readonly record struct LineRange(int First, int Last);
