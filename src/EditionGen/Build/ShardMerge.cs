using EditionGen.Diagnostics;
using EditionGen.Model;
using EditionGen.Render;

namespace EditionGen.Build;

/// <summary>
/// <c>build --merge</c>: takes the issue files that shard builds wrote, as they are, into the output, beside the
/// pages that span issues rendered by the merging build. Only files the site has are taken (a shard's output may
/// hold others, such as a marker file); each is checked like a rendered one. An issue file found in no shard
/// is an error, so a merge never publishes a site with a hole.
/// </summary>
internal static class ShardMerge
{
    private const int Examples = 5;

    public static IEnumerable<RenderUnit> Units(IReadOnlyList<string> folders, SitePaths paths, IReadOnlySet<string> known)
    {
        foreach (var given in folders)
        {
            var folder = Path.GetFullPath(given, paths.Root);
            if (!Directory.Exists(folder))
            {
                throw new UsageException($"the shard output '{given}' to merge does not exist; pass the output folder of each `build --shard K/N`.");
            }

            // One unit a top folder (a year of issues, usually), so that several threads read at once.
            var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = FileAttributes.ReparsePoint };
            foreach (var top in Directory.EnumerateDirectories(folder, "*", options).Order(StringComparer.Ordinal))
            {
                yield return new RenderUnit(null, () => Files(folder, top, recurse: true, paths, known));
            }

            yield return new RenderUnit(null, () => Files(folder, folder, recurse: false, paths, known));
        }
    }

    public static void ReportMissing(IReadOnlySet<string> known, IReadOnlyCollection<string> written, SitePaths paths, DiagnosticBag diagnostics)
    {
        var missing = known.Except(written, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (missing.Count == 0) return;
        diagnostics.Error(DiagnosticCodes.ShardMissing, SourceLocation.File(paths.Display(paths.Output)),
            $"{missing.Count} file(s) of the site are in none of the merged shard outputs, for example {string.Join(", ", missing.Take(Examples))}; "
            + "merge the output of every shard, each built from the same content with --shard K/N.");
    }

    private static IEnumerable<SiteFile> Files(string shard, string folder, bool recurse, SitePaths paths, IReadOnlySet<string> known)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = recurse, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var file in Directory.EnumerateFiles(folder, "*", options).Order(StringComparer.Ordinal))
        {
            var path = Path.GetRelativePath(shard, file).Replace('\\', '/');
            if (!known.Contains(path)) continue;
            yield return new SiteFile(path, File.ReadAllBytes(file), paths.Display(file));
        }
    }
}
