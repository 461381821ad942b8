using System.Security.Cryptography;
using System.Text;
using EditionGen.Content;
using EditionGen.Threading;

namespace EditionGen.Build.State;

/// <summary>
/// The hash of everything a build reads after ingest: the EditionGen version, <c>edition.yml</c>, the options that
/// change the output, every file under <c>templates/</c> and every content file (hashed whole, so any field or body
/// change counts). A content file's hash is the one the content stage took, from its bytes or, when its length and
/// time are the ones kept with its hash, from the last build (see <see cref="Content.FileStamp"/>); every other file is
/// hashed from its bytes in every build.
/// <see cref="Settings"/> is the hash of the version, the options and the configuration's values that pages show (not the
/// file's comments or layout, nor a key only another file shows), which every page may depend on.
/// </summary>
public sealed record InputFingerprint(string Hash, string Settings, IReadOnlyDictionary<string, ContentHash> Content)
{
    /// <param name="known">The hash of content files the content stage read this build, by path from the site root: those files are not read again.</param>
    /// <param name="listing"><c>content/</c> as the content stage listed it, so that it is not listed again; null (or a listing that failed) lists it here.</param>
    /// <param name="shown">The configuration's values that pages show (<see cref="Configuration.EditionConfig.PageSettings"/>).</param>
    public static InputFingerprint Compute(SitePaths paths, string options, string shown, IReadOnlyDictionary<string, string>? known, int jobs, ContentListing? listing = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var content = listing?.Covers(paths.Content) == true
            ? HashFiles(listing!.Files.Select(f => f.FullPath).ToList(), paths, known, jobs)
            : HashFolder(paths.Content, paths, known, jobs);
        var templates = HashFolder(Path.Combine(paths.Root, "templates"), paths, null, jobs);
        var text = new StringBuilder();
        text.Append(BuildState.CurrentVersion).Append('\n').Append(options).Append('\n').Append(paths.Output).Append('\n');
        text.Append(shown).Append('\n');
        var settings = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        text.Append(HashOf(Path.Combine(paths.Root, "edition.yml"))).Append('\n');
        foreach (var entry in templates.Values.Concat(content.Values).OrderBy(c => c.Path, StringComparer.Ordinal))
            text.Append(entry.Path).Append(' ').Append(entry.Hash).Append('\n');
        return new InputFingerprint(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))), settings, content);
    }

    private static Dictionary<string, ContentHash> HashFolder(string folder, SitePaths paths, IReadOnlyDictionary<string, string>? known, int jobs)
    {
        if (!Directory.Exists(folder)) return [];
        return HashFiles(Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }).ToList(), paths, known, jobs);
    }

    private static Dictionary<string, ContentHash> HashFiles(List<string> files, SitePaths paths, IReadOnlyDictionary<string, string>? known, int jobs)
    {
        var hashes = new ContentHash[files.Count];
        // Each file's hash has its own slot: the threads share nothing they write.
        ParallelLoop.For(files.Count, jobs, i =>
        {
            var path = paths.Display(files[i]);
            hashes[i] = new ContentHash(path, known is not null && known.TryGetValue(path, out var hash) ? hash : HashOf(files[i]));
        });
        var result = new Dictionary<string, ContentHash>(hashes.Length, StringComparer.Ordinal);
        foreach (var hash in hashes) result[hash.Path] = hash;
        return result;
    }

    private static string HashOf(string file)
    {
        try
        {
            return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "unreadable";
        }
    }
}
