namespace EditionGen.Cli.Preview;

/// <summary>
/// Watches what a build reads (seeds, content, templates, edition.yml) and says when it changed.
/// Events are debounced, and a change counts only when the files' fingerprint differs from the
/// last build's, so the content a build writes itself does not start another build.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private static readonly string[] Watched = ["seeds", "content", "templates"];
    private readonly string _root;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly SemaphoreSlim _signal = new(0);

    public SiteWatcher(string root)
    {
        _root = root;
        foreach (var folder in Watched.Select(f => Path.Combine(root, f)).Where(Directory.Exists))
        {
            _watchers.Add(Watch(folder, "*"));
        }

        _watchers.Add(Watch(root, "edition.yml"));
    }

    /// <summary>A summary of every watched file's path, size and time of last write.</summary>
    public string Fingerprint()
    {
        var files = Watched.Select(f => Path.Combine(_root, f)).Where(Directory.Exists)
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            .Append(Path.Combine(_root, "edition.yml"))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)
            .Select(f => new FileInfo(f))
            .Select(f => $"{f.FullName}|{f.Length}|{f.LastWriteTimeUtc.Ticks}");
        return string.Join('\n', files);
    }

    /// <summary>Waits for a change and then for a quiet moment, so that a save of many files gives one build.</summary>
    public async Task WaitForChangeAsync(TimeSpan quiet, CancellationToken cancellationToken)
    {
        await _signal.WaitAsync(cancellationToken);
        while (await _signal.WaitAsync(quiet, cancellationToken))
        {
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _signal.Dispose();
    }

    private FileSystemWatcher Watch(string folder, string filter)
    {
        var watcher = new FileSystemWatcher(folder, filter)
        {
            IncludeSubdirectories = filter == "*",
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler changed = (_, _) => _signal.Release();
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, _) => _signal.Release();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
