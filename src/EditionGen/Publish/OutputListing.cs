using System.IO.Enumeration;
using System.Runtime.ExceptionServices;

namespace EditionGen.Publish;

/// <summary>
/// The output folder as one reading of its folders' listings found it: every file with its length and time, every
/// folder with its time, and whether any entry is a symbolic link. Each entry is looked at once, so a build that checks
/// the previous output's files, looks for links and finds what it did not make reads the folder once, not once per
/// question. With the last build's <see cref="OutputSnapshot"/>, the folders' listings are not read at all while each
/// folder still has the time the snapshot gives it. A <c>.git</c> at the top belongs to a repository and is left out.
/// </summary>
public sealed class OutputListing
{
    private const string RepositoryName = ".git";

    // Collections and enumerators of a reference type run the runtime's precompiled shared code; each of a value type
    // would be compiled at the start of every build.
    private readonly Dictionary<string, Listed> _files;
    private readonly Dictionary<string, long> _folders;
    private readonly Exception? _unreadable;

    // The length of a file taken from a snapshot, whose stamp is read when asked for.
    private const long Unread = -1;

    // The output folder, for a listing taken from a snapshot.
    private string? _root;

    private OutputListing(Dictionary<string, Listed> files, Dictionary<string, long> folders, bool holdsLink, Exception? unreadable)
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
    public IEnumerable<string> Folders => _folders.Keys;

    /// <summary>Whether the folders' listings were taken from the last build's snapshot rather than read.</summary>
    public bool FromSnapshot { get; private init; }

    /// <summary>
    /// Lists <paramref name="outputDirectory"/> as <see cref="Read(string)"/> does, but when <paramref name="snapshot"/> is
    /// the last build's snapshot of it and every folder still has the snapshot's time, takes the folders' entries from the
    /// snapshot and looks only at each folder and file (a folder the snapshot marks racy has its entries read and
    /// compared). Anything else lists the folder whole.
    /// </summary>
    public static OutputListing Read(string outputDirectory, OutputSnapshot? snapshot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        return snapshot is not null && snapshot.Output == root && Confirm(root, snapshot) is { } confirmed ? confirmed : Read(outputDirectory);
    }

    /// <summary>Lists <paramref name="outputDirectory"/> (an empty listing when it does not exist).</summary>
    public static OutputListing Read(string outputDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var files = new Dictionary<string, Listed>(StringComparer.Ordinal);
        var folders = new Dictionary<string, long>(StringComparer.Ordinal);
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
                if (listed.Folder) folders[listed.Path] = listed.WrittenTicks;
                else files[listed.Path] = listed;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new OutputListing([], [], linked, exception);
        }

        return new OutputListing(files, folders, linked, null);
    }

    /// <summary>The time of the folder at <paramref name="relativePath"/> as listed (its entries' last change), or null when the listing holds no such folder.</summary>
    public long? FolderTicks(string relativePath) => _folders.TryGetValue(relativePath, out var ticks) ? ticks : null;

    /// <summary>The length and time of the file at <paramref name="relativePath"/>, or null when the listing holds no such file.</summary>
    public (long Length, long WrittenTicks)? Stamp(string relativePath)
    {
        if (!_files.TryGetValue(relativePath, out var listed)) return null;
        if (listed.Length != Unread) return (listed.Length, listed.WrittenTicks);
        try
        {
            var info = new FileInfo(Path.Combine(_root!, relativePath));
            return info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Throws what kept the folder from being listed, for a caller that cannot go on without the whole listing.</summary>
    public void ThrowIfIncomplete()
    {
        if (_unreadable is not null) ExceptionDispatchInfo.Throw(_unreadable);
    }

    /// <summary>
    /// The listing the snapshot gives, when every folder of it still has its time (and a racy one still holds the same
    /// entries); null when anything differs.
    /// </summary>
    private static OutputListing? Confirm(string root, OutputSnapshot snapshot)
    {
        try
        {
            ILookup<string, string>? children = null;
            var folders = new Dictionary<string, long>(snapshot.Folders.Count, StringComparer.Ordinal);
            foreach (var (name, folder) in snapshot.Folders)
            {
                var full = name.Length == 0 ? root : Path.Combine(root, name);
                var info = new DirectoryInfo(full);
                if (!info.Exists || info.LastWriteTimeUtc.Ticks != folder.WrittenTicks) return null;
                if (folder.Racy)
                {
                    children ??= ChildrenOf(snapshot);
                    if (!HoldsOnly(full, name.Length == 0, children[name])) return null;
                }

                if (name.Length > 0) folders[name] = folder.WrittenTicks;
            }

            // The files are the snapshot's while their folders' times hold; each one's stamp is read when it is asked for,
            // on the thread that asks, so the threads that reuse files share the looking.
            var files = new Dictionary<string, Listed>(snapshot.Files.Count, StringComparer.Ordinal);
            foreach (var path in snapshot.Files) files[path] = new Listed(path, false, Unread, Unread);

            return new OutputListing(files, folders, false, null) { FromSnapshot = true, _root = root };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The names each folder of the snapshot holds, files and folders, by the folder's relative path.</summary>
    private static ILookup<string, string> ChildrenOf(OutputSnapshot snapshot) =>
        snapshot.Files.Concat(snapshot.Folders.Keys.Where(name => name.Length > 0)).ToLookup(
            path => path.LastIndexOf('/') is var slash and > 0 ? path[..slash] : "",
            path => path[(path.LastIndexOf('/') + 1)..],
            StringComparer.Ordinal);

    /// <summary>Whether the folder holds exactly the named entries, none of them a link (a repository at the top aside).</summary>
    private static bool HoldsOnly(string folder, bool top, IEnumerable<string> names)
    {
        var expected = new HashSet<string>(names, StringComparer.Ordinal);
        var found = 0;
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };
        foreach (var entry in new FileSystemEnumerable<Named>(folder,
            (ref FileSystemEntry entry) => new Named(entry.FileName.ToString(), (entry.Attributes & FileAttributes.ReparsePoint) != 0), options))
        {
            if (top && entry.Name == RepositoryName) continue;
            if (entry.Link || !expected.Contains(entry.Name)) return false;
            found++;
        }

        return found == expected.Count;
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

    /// <summary>One entry of a folder read by itself: its name, and whether it is a symbolic link.</summary>
    private sealed record Named(string Name, bool Link);
}
