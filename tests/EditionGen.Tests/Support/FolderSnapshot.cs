namespace EditionGen.Tests.Support;

/// <summary>Every file of a folder with its bytes, keyed by path relative to it with '/', to compare two states.</summary>
public static class FolderSnapshot
{
    public static SortedDictionary<string, byte[]> Of(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        foreach (var file in Directory.EnumerateFiles(folder, "*", options))
        {
            files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }

        return files;
    }
}
