using System.Collections.Concurrent;
using System.Security.Cryptography;
using EditionGen.Content;
using EditionGen.Diagnostics;
using EditionGen.Model;
using EditionGen.Publish;
using EditionGen.Render;
using EditionGen.Threading;
using EditionGen.Validate;

namespace EditionGen.Build.State;

/// <summary>
/// One build's use of the last build's state. A page is reused (not rendered, not checked, linked from the previous
/// output) when its key is the one recorded, the templates of its layout did not change, the links it was checked
/// against did not change, and its file in the previous output is as the last build left it. Any other file is
/// written; one whose bytes equal the previous file's is linked instead, so an unchanged file is never rewritten.
/// Everything written or reused is recorded for the next build.
/// </summary>
internal sealed class IncrementalBuild : IRenderReuse
{
    private readonly BuildState? _previous;
    private readonly InputFingerprint _inputs;
    private readonly string _validationContext;
    private readonly StagedOutput _output;
    private readonly RenderPlan _plan;
    private readonly LinkChange _links;
    private readonly ConcurrentDictionary<string, OutputEntry> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, UnitEntry> _units = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, bool>> _loaded = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _layoutUnchanged = new(StringComparer.Ordinal);
    private int _rendered;
    private int _reused;
    private int _written;
    private int _reusedUnits;
    private int _reusedNames;

    /// <param name="links">How the site's base and paths changed since <paramref name="previous"/>, which decides whose kept checks hold.</param>
    public IncrementalBuild(BuildState? previous, InputFingerprint inputs, string validationContext, LinkChange links, StagedOutput output, RenderPlan plan)
    {
        _previous = previous;
        _inputs = inputs;
        _validationContext = validationContext;
        _output = output;
        _plan = plan;
        _links = links;
    }

    /// <summary>Files taken from the previous output without rendering.</summary>
    public int ReusedCount => _reused;

    /// <summary>Files rendered or produced again.</summary>
    public int RenderedCount => _rendered;

    /// <summary>Files whose bytes were new and so were written.</summary>
    public int WrittenCount => _written;

    public string Settings => _inputs.Settings;

    public string? ContentHash(string sourcePath) => _inputs.Content.TryGetValue(sourcePath, out var hash) ? hash.Hash : null;

    public bool ContentChanged(string sourcePath) =>
        _previous is not null && (!_previous.Content.TryGetValue(sourcePath, out var before) || before.Hash != ContentHash(sourcePath));

    public bool CanReuse(string path, string key, string? layout) =>
        _previous is not null
        && _previous.Files.TryGetValue(path, out var entry)
        && entry.Key == key
        && CheckHolds(entry)
        && (layout is null || LayoutUnchanged(layout))
        && Intact(entry);

    /// <summary>Issues whose files were all taken from the last build without reading or rendering the issue.</summary>
    public int ReusedUnitCount => _reusedUnits;

    /// <summary>Authors' and columns' pages taken whole from the last build without paging or keying them.</summary>
    public int ReusedNameCount => _reusedNames;

    public IReadOnlyList<UnitFile>? ReusableUnit(string name, string key, bool issue = true)
    {
        if (_previous is null
            || !_previous.Units.TryGetValue(name, out var unit)
            || unit.Key != key
            || !unit.Files.All(file => _previous.Files.TryGetValue(file.Path, out var entry)
                                       && CheckHolds(entry)
                                       && (file.Layout is null || LayoutUnchanged(file.Layout))
                                       && Intact(entry)))
        {
            return null;
        }

        Interlocked.Increment(ref issue ? ref _reusedUnits : ref _reusedNames);
        return unit.Files;
    }

    public void UnitMade(string name, string key, IReadOnlyList<UnitFile> files) => _units[name] = new UnitEntry(name, key, files);

    public void Rendered(string layout, IReadOnlyCollection<string> templates)
    {
        var set = _loaded.GetOrAdd(layout, _ => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal));
        foreach (var template in templates) set.TryAdd(template, true);
    }

    /// <summary>Checks and stages one file, reusing the previous output's file where that gives the same bytes.</summary>
    /// <returns>The time spent checking the file, which <paramref name="times"/> was charged with as validation.</returns>
    public long Consume(SiteFile file, SiteValidator validator, DiagnosticBag diagnostics, StageTimes times)
    {
        if (file.Reused)
        {
            var entry = _previous!.Files[file.Path];
            // A file of a unit taken whole keeps the key it had.
            Reuse(file, file.Key is null ? entry : entry with { Key = file.Key }, validator, diagnostics);
            Interlocked.Increment(ref _reused);
            return 0;
        }

        Interlocked.Increment(ref _rendered);
        var bytesHash = Convert.ToHexStringLower(SHA256.HashData(file.Bytes));
        if (_previous is not null && _previous.Files.TryGetValue(file.Path, out var same) && CheckHolds(same)
            && same.BytesHash == bytesHash && same.Length == file.Bytes.Length && Intact(same))
        {
            Reuse(file, same with { Key = file.Key }, validator, diagnostics);
            return 0;
        }

        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        var check = validator.CheckKept(file);
        diagnostics.AddRange(check.Diagnostics);
        var checking = times.Charge(BuildStage.Validate, start) - start;
        // Without a state that vouches for the previous file, its bytes are compared: a file that did not change is linked, not rewritten.
        if (!_output.ReuseIfSame(file))
        {
            _output.Write(file);
            Interlocked.Increment(ref _written);
        }

        var info = new FileInfo(_output.PlacedPath(file.Path));
        _files[file.Path] = new OutputEntry(file.Path, file.Key, bytesHash, info.Length, info.LastWriteTimeUtc.Ticks, check);
        return checking;
    }

    /// <summary>The state to leave for the next build, once this one is published.</summary>
    public BuildState Result(IReadOnlyList<Diagnostic> findings, int issues, int articles, IReadOnlyDictionary<string, ContentParse> parses)
    {
        var layouts = new Dictionary<string, LayoutDependencies>(StringComparer.Ordinal);
        var names = _loaded.Keys.Concat(_previous?.Layouts.Keys ?? []).Distinct(StringComparer.Ordinal);
        foreach (var layout in names)
        {
            var templates = new HashSet<string>(StringComparer.Ordinal);
            if (_loaded.TryGetValue(layout, out var now)) templates.UnionWith(now.Keys);
            // Pages reused this time did not render: what they read last time still counts, unless it changed.
            if (_previous is not null && _previous.Layouts.TryGetValue(layout, out var before) && LayoutUnchanged(layout)) templates.UnionWith(before.Templates);
            if (templates.Count == 0) continue;
            var sorted = templates.Order(StringComparer.Ordinal).ToList();
            layouts[layout] = new LayoutDependencies(layout, sorted, _plan.TemplatesHash(sorted));
        }

        return new BuildState(BuildState.CurrentVersion, _output.OutputDirectory, _inputs.Hash, _validationContext,
            _inputs.Content, parses, layouts, new Dictionary<string, OutputEntry>(_files, StringComparer.Ordinal),
            new Dictionary<string, UnitEntry>(_units, StringComparer.Ordinal), findings, issues, articles);
    }

    /// <summary>Whether every file the state lists is in the output as the last build left it, and nothing there is a symbolic link.</summary>
    /// <remarks>A build never writes a symbolic link: one in the output was put there since, so the output is built again.</remarks>
    public static bool OutputIntact(BuildState state, OutputListing listing)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(listing);
        if (!listing.Complete || listing.HoldsLink) return false;
        // Files are looked at on every processor: a listing taken from a snapshot reads each stamp when asked.
        var entries = state.Files.Values.ToArray();
        var changed = 0;
        ParallelLoop.For(entries.Length, Environment.ProcessorCount, i =>
        {
            if (Volatile.Read(ref changed) != 0) return;
            var entry = entries[i];
            if (listing.Stamp(entry.Path) is not { } stamp || stamp.Length != entry.Length || stamp.WrittenTicks != entry.WrittenTicks) Volatile.Write(ref changed, 1);
        });
        return changed == 0;
    }

    private void Reuse(SiteFile file, OutputEntry entry, SiteValidator validator, DiagnosticBag diagnostics)
    {
        validator.Replay(file.Path, entry.Check);
        diagnostics.AddRange(entry.Check.Diagnostics);
        // Every file reused was found intact in the previous output a moment ago.
        _output.Reuse(file.Path, file.Origin, seen: true);
        _files[file.Path] = entry;
    }

    private bool LayoutUnchanged(string layout) => _layoutUnchanged.GetOrAdd(layout, name =>
        _previous is not null
        && _previous.Layouts.TryGetValue(name, out var before)
        && _plan.TemplatesHash(before.Templates) == before.Hash);

    /// <summary>What validation found in the file last time is what it would find now, with the site's present paths.</summary>
    private bool CheckHolds(OutputEntry entry) =>
        _links == LinkChange.Same || (_links == LinkChange.Grown && !LinkContext.MayHaveMissed(entry));

    /// <summary>The previous output's file is the one the last build left: same length, same time.</summary>
    private bool Intact(OutputEntry entry) =>
        _output.PreviousStamp(entry.Path) is { } stamp && stamp.Length == entry.Length && stamp.WrittenTicks == entry.WrittenTicks;
}
