using System.Collections.Concurrent;
using System.IO.Enumeration;
using System.Text;

namespace EditionGen.Publish;

/// <summary>
/// Publishing into the output folder in place, when the last build's list of files vouches for it: unchanged files
/// stay where they are, new bytes are staged beside the output as usual, and <see cref="Commit"/> writes a journal of
/// what it will move in and delete, then renames each staged file over its place and deletes the files the build no
/// longer makes. A build killed before the journal is complete changed nothing in the output; one killed after
/// leaves the journal, and the next build finishes the commit before it starts (see <see cref="RollForward"/>).
/// An output that holds anything the last build did not write (a link, a file or folder put there since) is
/// replaced whole, as without the list.
/// </summary>
public sealed partial class StagedOutput
{
    private const string JournalMarker = "journal-";
    private const string MovePrefix = "M ";
    private const string DeletePrefix = "D ";

    private IReadOnlySet<string>? _previousFiles;
    private readonly ConcurrentDictionary<string, bool> _kept = new(StringComparer.Ordinal);

    /// <summary>Whether unchanged files stay in the output folder instead of being linked into the staging folder.</summary>
    public bool InPlace => _previousFiles is not null;

    /// <summary>Where a staged or kept file is now, to read its length and time.</summary>
    public string PlacedPath(string relativePath) =>
        _kept.ContainsKey(relativePath) ? OutputPath.Under(OutputDirectory, relativePath)! : StagedPath(relativePath);

    private void CommitInPlace(IReadOnlySet<string> previousFiles)
    {
        var moves = _written.Keys.Where(path => !_kept.ContainsKey(path)).Order(StringComparer.Ordinal).ToList();
        var deletes = previousFiles.Where(path => !_written.ContainsKey(path)).Order(StringComparer.Ordinal).ToList();
        if (!OnlyBuiltFiles(previousFiles))
        {
            // Something else is in the output: link the kept files into the staging folder and swap it in whole.
            foreach (var path in _kept.Keys)
            {
                var to = StagedPath(path);
                EnsureFolder(Path.GetDirectoryName(to)!);
                HardLink.CreateOrCopy(OutputPath.Under(OutputDirectory, path)!, to);
            }

            Swap();
            return;
        }

        var parent = Path.GetDirectoryName(OutputDirectory)!;
        var name = Path.GetFileName(OutputDirectory);
        var journal = Path.Combine(parent, $".{name}.{JournalMarker}{NewToken()}");
        var text = new StringBuilder().Append(Path.GetFileName(StagingDirectory)).Append('\n');
        foreach (var path in moves) text.Append(MovePrefix).Append(path).Append('\n');
        foreach (var path in deletes) text.Append(DeletePrefix).Append(path).Append('\n');
        // Written under another name and renamed: a journal is either whole or absent.
        File.WriteAllText(journal + ".part", text.ToString(), Encoding.UTF8);
        File.Move(journal + ".part", journal);
        _committed = true;
        Apply(OutputDirectory, StagingDirectory, moves, deletes);
        File.Delete(journal);
        DeleteQuietly(StagingDirectory);
    }

    /// <summary>
    /// Whether the output holds exactly what the last build wrote, its folders, and a repository at its top: no link,
    /// no file or folder put there since. Reads the folders' entries only, not each file.
    /// </summary>
    private bool OnlyBuiltFiles(IReadOnlySet<string> previousFiles)
    {
        var prefix = OutputDirectory.Length + 1;
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in previousFiles.Concat(_written.Keys))
        {
            for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
            {
                if (!folders.Add(path[..slash])) break;
            }
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var strays = new FileSystemEnumerable<bool>(OutputDirectory, (ref FileSystemEntry _) => true, options)
        {
            ShouldRecursePredicate = (ref FileSystemEntry entry) =>
                !(entry.Directory.Length == OutputDirectory.Length && entry.FileName.SequenceEqual(RepositoryName)),
            ShouldIncludePredicate = (ref FileSystemEntry entry) =>
            {
                var relative = Relative(entry.Directory, entry.FileName, prefix);
                if (relative == RepositoryName) return false;
                if ((entry.Attributes & FileAttributes.ReparsePoint) != 0) return true;
                return entry.IsDirectory ? !folders.Contains(relative) : !previousFiles.Contains(relative) && !_written.ContainsKey(relative);
            },
        };
        return !strays.Any();
    }

    private static string Relative(ReadOnlySpan<char> directory, ReadOnlySpan<char> name, int prefix)
    {
        var folder = directory.Length > prefix ? directory[prefix..].ToString().Replace('\\', '/') + "/" : "";
        return folder + name.ToString();
    }

    /// <summary>Moves each staged file over its place in the output and deletes the files no longer built, with folders left empty.</summary>
    private static void Apply(string output, string staging, IEnumerable<string> moves, IEnumerable<string> deletes)
    {
        foreach (var path in moves)
        {
            var from = OutputPath.Under(staging, path);
            var to = OutputPath.Under(output, path);
            // Moved already by the commit this one finishes.
            if (from is null || to is null || !File.Exists(from)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Move(from, to, overwrite: true);
        }

        foreach (var path in deletes)
        {
            if (OutputPath.Under(output, path) is not { } full) continue;
            File.Delete(full);
            for (var folder = Path.GetDirectoryName(full); folder is not null && folder.Length > output.Length; folder = Path.GetDirectoryName(folder))
            {
                if (!Directory.Exists(folder) || Directory.EnumerateFileSystemEntries(folder).Any()) break;
                Directory.Delete(folder);
            }
        }
    }

    /// <summary>Finishes the in-place commit of a build killed after it wrote its journal.</summary>
    private static void RollForward(string parent, string name)
    {
        var output = Path.Combine(parent, name);
        foreach (var journal in Siblings(parent, name, JournalMarker, files: true))
        {
            if (journal.EndsWith(".part", StringComparison.Ordinal))
            {
                File.Delete(journal);
                continue;
            }

            var lines = File.ReadAllLines(journal, Encoding.UTF8);
            var staging = Path.Combine(parent, lines[0]);
            Apply(output, staging,
                lines.Where(l => l.StartsWith(MovePrefix, StringComparison.Ordinal)).Select(l => l[MovePrefix.Length..]),
                lines.Where(l => l.StartsWith(DeletePrefix, StringComparison.Ordinal)).Select(l => l[DeletePrefix.Length..]));
            File.Delete(journal);
        }
    }
}
