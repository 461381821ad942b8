namespace EditionGen.Content;

/// <summary>
/// A file's length and last write time, which a build trusts in place of reading and hashing its bytes, as git's
/// index does: a file whose stamp is the one its kept hash was made with is taken as unchanged, and any other
/// stamp sends it back to its bytes. A file rewritten with the same length and the same time is not seen, as in git.
/// </summary>
public readonly record struct FileStamp(long Length, long Ticks)
{
    /// <summary>
    /// How old a file's time must be when it is stamped for the stamp to be kept: a write in the same tick of the file
    /// system's clock as the one stamped would leave the same time (2 s covers the coarsest clock, FAT's, and a clock a
    /// little behind this process's); a younger file is read and hashed again by the next build.
    /// </summary>
    public static readonly TimeSpan Settling = TimeSpan.FromSeconds(2);

    /// <summary>The stamp of the file at <paramref name="path"/>, or null when it is not a file that can be looked at.</summary>
    public static FileStamp? Of(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>This stamp when the file was last written at least <see cref="Settling"/> before <paramref name="now"/>, else null.</summary>
    public FileStamp? KeptAt(DateTime now) => now.ToUniversalTime().Ticks - Ticks >= Settling.Ticks ? this : null;
}
