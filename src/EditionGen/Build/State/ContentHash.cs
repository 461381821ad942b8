namespace EditionGen.Build.State;

/// <summary>The hash of one content file's bytes, with its length and time on disk so it is computed again only when they change.</summary>
public sealed record ContentHash(string Path, long Length, long WrittenTicks, string Hash);
