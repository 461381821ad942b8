using EditionGen.Validate;

namespace EditionGen.Build.State;

/// <summary>
/// One file of the last published output: the key of the inputs it was rendered from (null for files that are
/// always produced again, such as feeds), the hash of its bytes, its length and time on disk (to tell a file
/// changed since), and what validation found in it.
/// </summary>
public sealed record OutputEntry(string Path, string? Key, string BytesHash, long Length, long WrittenTicks, PageCheck Check);
