namespace EditionGen.Model;

/// <summary>The contacts printed in a masthead.</summary>
public sealed record Contacts(string? Email = null, string? Hotline = null);
