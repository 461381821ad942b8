using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using EditionGen.Content;
using EditionGen.Model;

namespace EditionGen.Ingest;

/// <summary>
/// Remembers, for each seed, the hash of its bytes, the parser that read it, the content files it became,
/// the warnings it gave and its length and time (see <see cref="FileStamp"/>), so a build reads only seeds whose
/// length or time changed, parses only new or changed seeds, and still reports every warning.
/// The cache is build state, never content: deleting it (or <c>--no-cache</c>) only costs time.
/// </summary>
public sealed class IngestCache
{
    public const string FileName = "ingest-cache.json";

    // The parser's own identity: a deterministic build gives the same id for the same code, a changed parser a new one.
    private static readonly string ParserId = typeof(IngestCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private readonly string _path;
    private readonly Dictionary<string, Entry> _entries;
    private readonly Lock _gate = new();
    private bool _changed;
    private (string Root, HashSet<string> Files)? _contentFiles;

    private IngestCache(string path, Dictionary<string, Entry> entries)
    {
        _path = path;
        _entries = entries;
    }

    /// <summary>Loads the cache; a missing, unreadable or other parser's cache counts as empty.</summary>
    public static IngestCache Load(string stateFolder)
    {
        var path = Path.Combine(stateFolder, FileName);
        try
        {
            var stored = JsonSerializer.Deserialize<Stored>(File.ReadAllText(path), Json);
            if (stored?.Parser == ParserId && stored.Seeds is not null)
            {
                return new IngestCache(path, new Dictionary<string, Entry>(stored.Seeds, StringComparer.Ordinal));
            }
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
        }

        return new IngestCache(path, new Dictionary<string, Entry>(StringComparer.Ordinal));
    }

    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>What an unchanged seed became, when every content file it produced is still there.</summary>
    public Entry? Find(string seedKey, string hash, string contentRoot)
    {
        Entry? entry;
        lock (_gate) _entries.TryGetValue(seedKey, out entry);
        if (entry is null || entry.Hash != hash) return null;
        var present = ContentFiles(contentRoot);
        return entry.Files.All(present.Contains) ? entry : null;
    }

    /// <summary>What a seed became, without reading it, when its stamp is the one kept with its hash and its content files are there.</summary>
    public Entry? Find(string seedKey, FileStamp? stamp, string contentRoot)
    {
        Entry? entry;
        lock (_gate) _entries.TryGetValue(seedKey, out entry);
        return entry?.Stamp is { } kept && kept == stamp ? Find(seedKey, entry.Hash, contentRoot) : null;
    }

    /// <summary>Keeps <paramref name="stamp"/> with a seed found unchanged by its hash, so that the next build need not read it.</summary>
    public void Restamp(string seedKey, FileStamp? stamp)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(seedKey, out var entry) || entry.Stamp == stamp) return;
            _entries[seedKey] = entry with { Stamp = stamp };
            _changed = true;
        }
    }

    /// <summary>The files under <paramref name="contentRoot"/>, from one reading of its folders rather than a look at each file.</summary>
    private HashSet<string> ContentFiles(string contentRoot)
    {
        lock (_gate)
        {
            if (_contentFiles is { } listed && listed.Root == contentRoot) return listed.Files;
        }

        var files = new HashSet<string>(StringComparer.Ordinal);
        if (Directory.Exists(contentRoot))
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
            foreach (var file in Directory.EnumerateFiles(contentRoot, "*", options))
            {
                files.Add(Path.GetRelativePath(contentRoot, file).Replace('\\', '/'));
            }
        }

        lock (_gate) _contentFiles = (contentRoot, files);
        return files;
    }

    public void Remember(string seedKey, string hash, Issue issue, FileStamp? stamp = null)
    {
        var folder = ContentLayout.IssueFolder(issue.Date!.Value);
        var files = issue.Articles
            .Select(a => $"{folder}/{ContentLayout.ArticleFileName(a.Page, a.Order)}")
            .Prepend($"{folder}/{ContentLayout.IssueFileName}")
            .ToList();
        var entry = new Entry(hash, issue.Date.Value, files, issue.Warnings, stamp);
        lock (_gate)
        {
            _entries[seedKey] = entry;
            _changed = true;
        }
    }

    public void Forget(string seedKey)
    {
        lock (_gate) _changed |= _entries.Remove(seedKey);
    }

    /// <summary>
    /// Writes the cache atomically, seeds in ordinal order, so a killed build leaves the old cache or the new one.
    /// A cache that every seed was found in unchanged is left as it is on disk.
    /// </summary>
    public void Save()
    {
        SortedDictionary<string, Entry> sorted;
        lock (_gate)
        {
            if (!_changed && File.Exists(_path)) return;
            sorted = new SortedDictionary<string, Entry>(_entries, StringComparer.Ordinal);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var temporary = _path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(new Stored(ParserId, sorted), Json));
        File.Move(temporary, _path, overwrite: true);
    }

    /// <summary>One seed as the last ingest left it; <see cref="Stamp"/> is null when the seed was too young to trust it.</summary>
    public sealed record Entry(string Hash, DateOnly Date, IReadOnlyList<string> Files, IReadOnlyList<ParseWarning> Warnings, FileStamp? Stamp = null);

    private sealed record Stored(string Parser, IDictionary<string, Entry>? Seeds);
}
