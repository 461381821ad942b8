using System.IO.Enumeration;
using System.Runtime.ExceptionServices;

namespace EditionGen.Publish;

/// <summary>
/// The output folder as one reading of its folders' listings found it: every file with its length and time, every
/// folder, and whether any entry is a symbolic link. Each entry is looked at once, so a build that checks the previous
/// output's files, looks for links and finds what it did not make reads the folder once, not once per question.
/// A <c>.git</c> at the top belongs to a repository and is left out.
/// </summary>
public sealed class OutputListing
{
    private const string RepositoryName = ".git";

    // Collections and enumerators of a reference type run the runtime's precompiled shared code; each of a value type
    // would be compiled at the start of every build.
    private readonly Dictionary<string, Listed> _files;
    private readonly HashSet<string> _folders;
    private readonly Exception? _unreadable;

    private OutputListing(Dictionary<string, Listed> files, HashSet<string> folders, bool holdsLink, Exception? unreadable)
    {
        _files = files;
        _folders = folders;
        HoldsLink = holdsLink;
        _unreadable = unreadable;
    }

    /// <summary>Whether an entry of the output is a symbolic link (a build never makes one).</summary>
    public bool HoldsLink { get; }

    /// <summary>Whether the whole folder could be listed; when not, no file of it counts as found.</summary>
    public bool Complete => _unreadable is null;

    /// <summary>The relative paths of the output's files ('/' between folders).</summary>
    public IEnumerable<string> Files => _files.Keys;

    /// <summary>The relative paths of the output's folders, without a trailing '/'.</summary>
    public IEnumerable<string> Folders => _folders;

    /// <summary>Lists <paramref name="outputDirectory"/> (an empty listing when it does not exist).</summary>
    public static OutputListing Read(string outputDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var files = new Dictionary<string, Listed>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(root)) return new OutputListing(files, folders, false, null);

        var prefix = root.Length + 1;
        var linked = false;
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        // Reading the attributes looks at the entry once; its length and time come from that same look.
        var entries = new FileSystemEnumerable<Listed>(root, (ref FileSystemEntry entry) =>
            new Listed(Relative(entry.Directory, entry.FileName, prefix), entry.IsDirectory, entry.IsDirectory ? 0 : entry.Length, entry.LastWriteTimeUtc.UtcTicks), options)
        {
            ShouldRecursePredicate = (ref FileSystemEntry entry) =>
                (entry.Attributes & FileAttributes.ReparsePoint) == 0 && !AtTop(entry, root, RepositoryName),
            ShouldIncludePredicate = (ref FileSystemEntry entry) =>
            {
                if (AtTop(entry, root, RepositoryName)) return false;
                if ((entry.Attributes & FileAttributes.ReparsePoint) != 0) linked = true;
                return true;
            },
        };
        try
        {
            foreach (var listed in entries)
            {
                if (listed.Folder) folders.Add(listed.Path);
                else files[listed.Path] = listed;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new OutputListing([], [], linked, exception);
        }

        return new OutputListing(files, folders, linked, null);
    }

    /// <summary>The length and time of the file at <paramref name="relativePath"/>, or null when the listing holds no such file.</summary>
    public (long Length, long WrittenTicks)? Stamp(string relativePath) =>
        _files.TryGetValue(relativePath, out var listed) ? (listed.Length, listed.WrittenTicks) : null;

    /// <summary>Throws what kept the folder from being listed, for a caller that cannot go on without the whole listing.</summary>
    public void ThrowIfIncomplete()
    {
        if (_unreadable is not null) ExceptionDispatchInfo.Throw(_unreadable);
    }

    private static bool AtTop(in FileSystemEntry entry, string root, string name) =>
        entry.Directory.Length == root.Length && entry.FileName.SequenceEqual(name);

    // One string per entry, made in place: tens of thousands of entries are listed at the start of every build.
    private static string Relative(ReadOnlySpan<char> directory, ReadOnlySpan<char> name, int prefix)
    {
        if (directory.Length <= prefix) return name.ToString();
        var folder = directory[prefix..];
        return folder.Contains('\\') ? string.Concat(folder.ToString().Replace('\\', '/'), "/", name) : string.Concat(folder, "/", name);
    }

    /// <summary>One entry as the walk found it.</summary>
    private sealed record Listed(string Path, bool Folder, long Length, long WrittenTicks);
}
