namespace EditionGen.Ingest.Writing;

/// <summary>
/// Replaces a file in one step: a killed process leaves the old file or the new one, never half of one.
/// The data is not forced to disk before the rename: that would guard against a power cut, not a
/// killed process, and made writing a large archive about ten times slower.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, byte[] bytes)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        // Same folder, so the rename stays on one file system and is atomic; the leading dot and
        // the .tmp ending keep a leftover out of every *.md listing.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Path.GetRandomFileName()}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush();
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
