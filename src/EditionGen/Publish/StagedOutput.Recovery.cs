namespace EditionGen.Publish;

/// <summary>Repairing what a build killed halfway through <see cref="StagedOutput.Commit"/> left behind.</summary>
public sealed partial class StagedOutput
{
    private const string StagingMarker = "staging-";
    private const string OldMarker = "old-";
    private const string RepositoryName = ".git";

    /// <summary>
    /// A build killed while it moved files in place leaves its journal: the commit is finished first.
    /// A build killed between the two renames of <see cref="Commit"/> leaves no output but an old folder:
    /// that is the last good output, so it is restored. Staging folders and any other old folders are leftovers.
    /// </summary>
    private static void Recover(string parent, string name)
    {
        RollForward(parent, name);
        var output = Path.Combine(parent, name);
        var olds = Siblings(parent, name, OldMarker);

        if (!Directory.Exists(output) && olds.Count > 0)
        {
            // Tokens start with the time they were made, so the last one sorted is the most recent output.
            var newest = olds[^1];
            Directory.Move(newest, output);
            olds = olds.Take(olds.Count - 1).ToList();
        }
        else if (olds.Count > 0)
        {
            // Killed after the swap: the new output is in place, but its repository may still be in the old one.
            KeepRepository(olds[^1], output);
        }

        foreach (var folder in olds.Concat(Siblings(parent, name, StagingMarker)))
        {
            DeleteQuietly(folder);
        }
    }

    private static List<string> Siblings(string parent, string name, string marker, bool files = false)
    {
        var options = new EnumerationOptions { AttributesToSkip = 0, MatchCasing = MatchCasing.CaseSensitive };
        var pattern = $".{name}.{marker}*";
        return (files ? Directory.EnumerateFiles(parent, pattern, options) : Directory.EnumerateDirectories(parent, pattern, options))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Moves a <c>.git</c> folder (or a worktree's <c>.git</c> file) from the previous output into the new one.</summary>
    private static void KeepRepository(string previousOutput, string output)
    {
        var from = Path.Combine(previousOutput, RepositoryName);
        var to = Path.Combine(output, RepositoryName);
        if (Path.Exists(to))
        {
            return;
        }

        if (Directory.Exists(from))
        {
            Directory.Move(from, to);
        }
        else if (File.Exists(from))
        {
            File.Move(from, to);
        }
    }

    // The token orders folders by creation so recovery can tell the latest output; it never reaches the site.
    private static string NewToken() =>
        $"{DateTime.UtcNow:yyyyMMddHHmmssfffffff}-{Guid.NewGuid():N}"[..30];

    // A folder that cannot be deleted now is deleted by the next Begin; the build itself has succeeded or failed already.
    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }
    }
}
