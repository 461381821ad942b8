using System.Collections.Concurrent;
using System.Text;

namespace EditionGen.Publish;

/// <summary>
/// Publishing into the output folder in place: unchanged files stay where they are, new bytes are staged beside the
/// output as usual, and <see cref="Commit"/> lists the output's folders, writes a journal of what it will delete
/// (every file and folder there that this build did not make) and move in, then deletes those and renames each
/// staged file over its place. A build killed before the journal is complete changed nothing in the output; one
/// killed after leaves the journal, and the next build finishes the commit before it starts (see
/// <see cref="RollForward"/>). An output that holds a symbolic link is replaced whole instead, so that nothing is
/// ever deleted or written through a link.
/// </summary>
public sealed partial class StagedOutput
{
    private const string JournalMarker = "journal-";
    private const string MovePrefix = "M ";
    private const string DeletePrefix = "D ";

    private bool _inPlace;
    private readonly ConcurrentDictionary<string, bool> _kept = new(StringComparer.Ordinal);

    // The folders an in-place commit changed the entries of (with the output folder itself, ""); null after a swap.
    private HashSet<string>? _changedFolders;

    /// <summary>Whether unchanged files stay in the output folder instead of being linked into the staging folder.</summary>
    public bool InPlace => _inPlace;

    /// <summary>Where a staged or kept file is now, to read its length and time.</summary>
    public string PlacedPath(string relativePath) =>
        _kept.ContainsKey(relativePath) ? OutputPath.Under(OutputDirectory, relativePath)! : StagedPath(relativePath);

    private void CommitInPlace()
    {
        var built = new HashSet<string>(_written.Keys, StringComparer.Ordinal);
        if (Strays(built) is not { } deletes)
        {
            // A link in the output: link the kept files into the staging folder and swap it in whole.
            foreach (var path in _kept.Keys)
            {
                var to = StagedPath(path);
                EnsureFolder(Path.GetDirectoryName(to)!);
                HardLink.CreateOrCopy(OutputPath.Under(OutputDirectory, path)!, to);
            }

            Swap();
            return;
        }

        var moves = built.Where(path => !_kept.ContainsKey(path)).Order(StringComparer.Ordinal).ToList();
        var parent = Path.GetDirectoryName(OutputDirectory)!;
        var name = Path.GetFileName(OutputDirectory);
        var journal = Path.Combine(parent, $".{name}.{JournalMarker}{NewToken()}");
        var text = new StringBuilder().Append(Path.GetFileName(StagingDirectory)).Append('\n');
        foreach (var path in deletes) text.Append(DeletePrefix).Append(path).Append('\n');
        foreach (var path in moves) text.Append(MovePrefix).Append(path).Append('\n');
        // Written under another name and renamed: a journal is either whole or absent.
        File.WriteAllText(journal + ".part", text.ToString(), Encoding.UTF8);
        File.Move(journal + ".part", journal);
        _committed = true;
        _changedFolders = OutputPath.FoldersAbove(deletes.Concat(moves));
        Apply(OutputDirectory, StagingDirectory, deletes, moves);
        File.Delete(journal);
        DeleteQuietly(StagingDirectory);
    }

    /// <summary>
    /// After <see cref="Commit"/>, the snapshot of the output as this build left it (see <see cref="OutputSnapshot"/>):
    /// the folders an in-place commit changed are looked at again, the others keep the times they were listed with;
    /// after a swap every folder is looked at. Null when a folder cannot be looked at.
    /// </summary>
    public OutputSnapshot? Snapshot()
    {
        if (!_committed) throw new InvalidOperationException("The output is not committed yet.");
        var changed = _changedFolders;
        return OutputSnapshot.Take(OutputDirectory, _written.Keys,
            changed is null ? null : name => changed.Contains(name) ? null : Listing.FolderTicks(name));
    }

    /// <summary>
    /// What in the output this build did not make, files first and then folders deepest first (folders end in '/'),
    /// leaving a repository at its top alone; null when the output holds a symbolic link. Taken from the output's
    /// listing, not from each file.
    /// </summary>
    private List<string>? Strays(HashSet<string> built)
    {
        var listing = Listing;
        listing.ThrowIfIncomplete();
        if (listing.HoldsLink) return null;
        var folders = OutputPath.FoldersAbove(built);

        var files = listing.Files.Where(p => !built.Contains(p)).Order(StringComparer.Ordinal);
        var emptied = listing.Folders.Where(p => !folders.Contains(p)).Select(p => p + "/")
            .OrderByDescending(p => p.Count(c => c == '/')).ThenBy(p => p, StringComparer.Ordinal);
        return files.Concat(emptied).ToList();
    }

    /// <summary>
    /// Deletes what the build did not make, with folders it leaves empty, then moves each staged file over its place
    /// in the output. Each step can be done again: what is already done is skipped.
    /// </summary>
    private static void Apply(string output, string staging, IEnumerable<string> deletes, IEnumerable<string> moves)
    {
        foreach (var path in deletes)
        {
            var folder = path.EndsWith('/');
            if (OutputPath.Under(output, folder ? path[..^1] : path) is not { } full) continue;
            if (folder)
            {
                if (Directory.Exists(full) && !Directory.EnumerateFileSystemEntries(full).Any()) Directory.Delete(full);
                continue;
            }

            File.Delete(full);
            for (var parent = Path.GetDirectoryName(full); parent is not null && parent.Length > output.Length; parent = Path.GetDirectoryName(parent))
            {
                if (!Directory.Exists(parent) || Directory.EnumerateFileSystemEntries(parent).Any()) break;
                Directory.Delete(parent);
            }
        }

        foreach (var path in moves)
        {
            var from = OutputPath.Under(staging, path);
            var to = OutputPath.Under(output, path);
            // Moved already by the commit this one finishes.
            if (from is null || to is null || !File.Exists(from)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Move(from, to, overwrite: true);
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
            // Only a journal as a build writes it is followed: its first line names a staging folder of this output.
            if (lines.Length == 0 || !lines[0].StartsWith($".{name}.{StagingMarker}", StringComparison.Ordinal)
                || lines[0].IndexOfAny(['/', '\\']) >= 0 || !Directory.Exists(Path.Combine(parent, lines[0])))
            {
                File.Delete(journal);
                continue;
            }

            var staging = Path.Combine(parent, lines[0]);
            Apply(output, staging,
                lines.Where(l => l.StartsWith(DeletePrefix, StringComparison.Ordinal)).Select(l => l[DeletePrefix.Length..]),
                lines.Where(l => l.StartsWith(MovePrefix, StringComparison.Ordinal)).Select(l => l[MovePrefix.Length..]));
            File.Delete(journal);
        }
    }
}
