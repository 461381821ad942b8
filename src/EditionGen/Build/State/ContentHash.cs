namespace EditionGen.Build.State;

/// <summary>The SHA-256 of one input file's bytes, by its path from the site root.</summary>
public sealed record ContentHash(string Path, string Hash);
