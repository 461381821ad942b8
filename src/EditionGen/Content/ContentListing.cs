using System.IO.Enumeration;

namespace EditionGen.Content;

/// <summary>
/// <c>content/</c> as one walk of its folders found it: every file below it with its length and time, and whether it
/// is hidden (a hidden or system file, or one in such a folder). The content stage takes the stamps of the files it
/// reads from it and the input fingerprint takes the list of every file, so a build lists <c>content/</c> once
/// after ingest and looks at no content file by itself. A walk that failed is <see cref="Complete"/> false: each
/// user then lists the folder in its own way, as it would without a listing, and reports what that finds.
/// </summary>
public sealed class ContentListing
{
    private const FileAttributes Hiding = FileAttributes.Hidden | FileAttributes.System;

    private readonly Dictionary<string, Entry> _byPath;

    private ContentListing(string root, DateTime takenAt, List<Entry> files, bool complete)
    {
        Root = root;
        TakenAt = takenAt;
        Files = files;
        Complete = complete;
        _byPath = new Dictionary<string, Entry>(complete ? files.Count : 0, StringComparer.Ordinal);
        if (complete)
        {
            foreach (var file in files) _byPath[file.FullPath] = file;
        }
    }

    /// <summary>One file: its full path (the root, then <see cref="Path.DirectorySeparatorChar"/> between folders), its stamp, and whether it is hidden.</summary>
    /// <remarks>A class, as the walk's other types: collections and enumerators of a reference type run the runtime's
    /// precompiled shared code, where each of a value type would be compiled at the start of every build.</remarks>
    public sealed record Entry(string FullPath, FileStamp Stamp, bool Hidden);

    /// <summary>The full path of the folder listed.</summary>
    public string Root { get; }

    /// <summary>The time just before the walk began: each stamp was taken after it.</summary>
    public DateTime TakenAt { get; }

    /// <summary>Every file below the root, hidden ones included; empty when the walk failed.</summary>
    public IReadOnlyList<Entry> Files { get; }

    /// <summary>Whether every folder could be listed.</summary>
    public bool Complete { get; }

    /// <summary>Lists <paramref name="contentRoot"/>; a folder that does not exist lists as complete and empty.</summary>
    public static ContentListing Read(string contentRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRoot);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentRoot));
        var takenAt = DateTime.UtcNow;
        var files = new List<Entry>();
        if (!Directory.Exists(root)) return new ContentListing(root, takenAt, files, complete: true);

        // Folders are met before what they hold: a folder is hidden when it or a folder above it is.
        var hiddenFolders = new HashSet<string>(StringComparer.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        // A folder gives no entry; a hidden one is remembered for what it holds.
        var entries = new FileSystemEnumerable<Entry?>(root, (ref FileSystemEntry entry) =>
        {
            var hidden = IsHiding(entry) || (hiddenFolders.Count > 0 && hiddenFolders.Contains(entry.Directory.ToString()));
            if (!entry.IsDirectory) return new Entry(entry.ToFullPath(), new FileStamp(entry.Length, entry.LastWriteTimeUtc.UtcTicks), hidden);
            if (hidden) hiddenFolders.Add(entry.ToFullPath());
            return null;
        }, options);
        try
        {
            foreach (var file in entries)
            {
                if (file is not null) files.Add(file);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new ContentListing(root, takenAt, [], complete: false);
        }

        return new ContentListing(root, takenAt, files, complete: true);
    }

    // Windows lists attributes with each name; elsewhere, a name starting with a dot is hidden and reading the attributes
    // would look at each entry again (and ask who the user is, to tell read-only files).
    private static bool IsHiding(in FileSystemEntry entry) =>
        OperatingSystem.IsWindows() ? (entry.Attributes & Hiding) != 0 : entry.IsHidden;

    /// <summary>Whether this is a listing of <paramref name="folder"/> that found every file.</summary>
    public bool Covers(string folder) => Complete && Root == Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));

    /// <summary>The stamp the walk found for the file at <paramref name="fullPath"/>, or null when it listed no such file.</summary>
    public FileStamp? Stamp(string fullPath) => _byPath.TryGetValue(fullPath, out var entry) ? entry.Stamp : null;
}
