using System.Buffers;
using System.Globalization;
using System.IO.Enumeration;
using System.Security.Cryptography;
using System.Text.Json;
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
            if (File.Exists(path) && Read(File.ReadAllBytes(path)) is { } entries) return new IngestCache(path, entries);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException or InvalidOperationException
                                      or KeyNotFoundException or FormatException or ArgumentException)
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
            // Each path is cut from the entry's folder and name, not worked out again from two full paths.
            var prefix = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentRoot)).Length + 1;
            var listed = new FileSystemEnumerable<string>(contentRoot, (ref FileSystemEntry entry) =>
            {
                if (entry.Directory.Length < prefix) return entry.FileName.ToString();
                var path = string.Concat(entry.Directory[prefix..], "/", entry.FileName);
                return Path.DirectorySeparatorChar == '/' ? path : path.Replace('\\', '/');
            }, options)
            {
                ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            };
            files.UnionWith(listed);
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
        File.WriteAllBytes(temporary, Write(sorted));
        File.Move(temporary, _path, overwrite: true);
    }

    // Read and written by hand rather than by the serialiser: its converters are made by reflection at first use,
    // which cost every build a tenth of a second of compiling before the first seed was looked at.
    private static Dictionary<string, Entry>? Read(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        if (root.GetProperty("parser").GetString() != ParserId) return null;
        var seeds = root.GetProperty("seeds");
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var seed in seeds.EnumerateObject())
        {
            var e = seed.Value;
            var files = new List<string>(e.GetProperty("files").GetArrayLength());
            foreach (var file in e.GetProperty("files").EnumerateArray()) files.Add(file.GetString()!);
            var warnings = new List<ParseWarning>();
            foreach (var w in e.GetProperty("warnings").EnumerateArray())
                warnings.Add(new ParseWarning(w.GetProperty("line").GetInt32(), w.GetProperty("code").GetString()!, w.GetProperty("message").GetString()!));
            var stamp = e.GetProperty("stamp");
            entries[seed.Name] = new Entry(
                e.GetProperty("hash").GetString()!,
                DateOnly.ParseExact(e.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                files,
                warnings,
                stamp.ValueKind == JsonValueKind.Null ? null : new FileStamp(stamp.GetProperty("length").GetInt64(), stamp.GetProperty("ticks").GetInt64()));
        }

        return entries;
    }

    private static byte[] Write(SortedDictionary<string, Entry> entries)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("parser", ParserId);
            json.WriteStartObject("seeds");
            foreach (var (key, entry) in entries)
            {
                json.WriteStartObject(key);
                json.WriteString("hash", entry.Hash);
                json.WriteString("date", entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteStartArray("files");
                foreach (var file in entry.Files) json.WriteStringValue(file);
                json.WriteEndArray();
                json.WriteStartArray("warnings");
                foreach (var warning in entry.Warnings)
                {
                    json.WriteStartObject();
                    json.WriteNumber("line", warning.Line);
                    json.WriteString("code", warning.Code);
                    json.WriteString("message", warning.Message);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                if (entry.Stamp is { } stamp)
                {
                    json.WriteStartObject("stamp");
                    json.WriteNumber("length", stamp.Length);
                    json.WriteNumber("ticks", stamp.Ticks);
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("stamp");
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>One seed as the last ingest left it; <see cref="Stamp"/> is null when the seed was too young to trust it.</summary>
    public sealed record Entry(string Hash, DateOnly Date, IReadOnlyList<string> Files, IReadOnlyList<ParseWarning> Warnings, FileStamp? Stamp = null);
}
