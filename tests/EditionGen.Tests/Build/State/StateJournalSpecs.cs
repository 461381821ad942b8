using System.Text.Json;
using EditionGen.Build.State;
using EditionGen.Content;
using EditionGen.Diagnostics;
using EditionGen.Render;
using EditionGen.Tests.Support;
using EditionGen.Validate;

namespace EditionGen.Tests.Build.State;

/// <summary>
/// A build that changed a few entries of the state appends them to a journal beside it; a record cut short, damaged
/// or left from before the state was written whole is never applied, and a long journal is folded into the state.
/// </summary>
public sealed class StateJournalSpecs : IDisposable
{
    private readonly TempDir _site = new();

    public void Dispose() => _site.Dispose();

    private string Folder => _site[".editiongen"];

    private string StatePath => Path.Combine(Folder, BuildState.FileName);

    private string JournalPath => Path.Combine(Folder, StateJournal.FileName);

    private BuildState? Load(DiagnosticBag? diagnostics = null) => BuildStateFile.Load(Folder, "out", diagnostics ?? new DiagnosticBag(), p => p);

    /// <summary>
    /// Saves the state <paramref name="build"/> makes of the state now in the folder, as a build does: entries it did
    /// not change are the ones it read.
    /// </summary>
    private BuildState SaveAfterLoad(Func<BuildState, BuildState> build)
    {
        var previous = Load()!;
        var next = build(previous);
        BuildStateFile.SaveAfter(Folder, next, () => { }, previous);
        return next;
    }

    [Fact]
    public void A_build_that_changed_a_few_files_appends_them_to_the_journal_and_leaves_the_state_file_as_it_was()
    {
        BuildStateFile.Save(Folder, State(files: 200));
        var written = File.ReadAllBytes(StatePath);

        var next = SaveAfterLoad(s => Edited(s, "page-007.html"));

        Assert.Equal(written, File.ReadAllBytes(StatePath));
        Assert.True(File.Exists(JournalPath));
        Assert.True(new FileInfo(JournalPath).Length < written.Length / 8, $"a journal of {new FileInfo(JournalPath).Length} bytes");
        AssertSame(next, Load());
    }

    [Fact]
    public void A_state_read_with_its_journal_is_the_state_of_the_last_build_with_files_units_and_findings_added_and_removed()
    {
        BuildStateFile.Save(Folder, State(files: 200));
        SaveAfterLoad(first => Edited(first, "page-007.html") with
        {
            Files = Without(Edited(first, "page-007.html").Files, "page-100.html"),
            Parses = Without(first.Parses, "content/page-100.html"),
            Units = new Dictionary<string, UnitEntry>(first.Units) { ["issue-2"] = new("issue-2", "other", [new UnitFile("page-001.html", "page")]) },
            Findings = [.. first.Findings.Take(3), Finding("page-007.html", "new"), .. first.Findings.Skip(5)],
            Inputs = "inputs after",
        });

        var third = SaveAfterLoad(second => Edited(second, "page-150.html") with { Findings = second.Findings.Skip(1).ToList(), Layouts = Layouts("changed") });

        AssertSame(third, Load());
    }

    [Fact]
    public void A_journal_whose_last_record_was_cut_short_by_a_killed_build_is_left_with_a_warning_and_the_build_before_is_read()
    {
        BuildStateFile.Save(Folder, State(files: 200));
        var second = SaveAfterLoad(s => Edited(s, "page-007.html"));
        var first = new FileInfo(JournalPath).Length;
        SaveAfterLoad(s => Edited(s, "page-008.html"));
        var bytes = File.ReadAllBytes(JournalPath);
        File.WriteAllBytes(JournalPath, bytes[..^7]);
        var diagnostics = new DiagnosticBag();

        var read = Load(diagnostics);

        AssertSame(second, read);
        var warning = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.BuildStateDiscarded);
        Assert.Equal(JournalPath, warning.Location.Path);
        Assert.Contains($"the last {bytes.Length - 7 - first} bytes", warning.Message, StringComparison.Ordinal);
        Assert.Contains("cut short", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_journal_record_with_a_changed_byte_is_left_with_a_warning_and_the_next_build_writes_the_state_whole()
    {
        BuildStateFile.Save(Folder, State(files: 200));
        var second = SaveAfterLoad(s => Edited(s, "page-007.html"));
        var first = new FileInfo(JournalPath).Length;
        SaveAfterLoad(s => Edited(s, "page-008.html"));
        var bytes = File.ReadAllBytes(JournalPath);
        bytes[(int)first + 60] ^= 0x20;
        File.WriteAllBytes(JournalPath, bytes);
        var diagnostics = new DiagnosticBag();

        var read = Load(diagnostics);
        var third = Edited(read!, "page-009.html");
        BuildStateFile.SaveAfter(Folder, third, () => { }, read);

        AssertSame(second, read);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.BuildStateDiscarded && d.Message.Contains("damaged", StringComparison.Ordinal));
        Assert.False(File.Exists(JournalPath));
        var again = new DiagnosticBag();
        AssertSame(third, Load(again));
        Assert.Empty(again);
    }

    [Fact]
    public void A_journal_left_from_before_the_state_was_written_whole_is_never_applied_to_it()
    {
        BuildStateFile.Save(Folder, State(files: 200));
        SaveAfterLoad(s => Edited(s, "page-007.html"));
        var journal = File.ReadAllBytes(JournalPath);
        var whole = Edited(State(files: 200), "page-008.html");
        // A build killed after it put the whole state in place and before it removed the journal leaves both.
        BuildStateFile.Save(Folder, whole);
        File.WriteAllBytes(JournalPath, journal);
        var diagnostics = new DiagnosticBag();

        var read = Load(diagnostics);

        AssertSame(whole, read);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.BuildStateDiscarded && d.Message.Contains("earlier state", StringComparison.Ordinal));
    }

    [Fact]
    public void A_journal_that_would_grow_past_an_eighth_of_the_state_is_folded_into_it()
    {
        BuildStateFile.Save(Folder, State(files: 200));
        SaveAfterLoad(s => Edited(s, "page-007.html"));
        Assert.True(File.Exists(JournalPath));
        var written = File.ReadAllBytes(StatePath);

        var most = SaveAfterLoad(s => s.Files.Keys.Order(StringComparer.Ordinal).Take(150).Aggregate(s, Edited));

        Assert.False(File.Exists(JournalPath));
        Assert.NotEqual(written, File.ReadAllBytes(StatePath));
        AssertSame(most, Load());
    }

    [Fact]
    public void A_build_whose_publishing_fails_appends_nothing_to_the_journal()
    {
        BuildStateFile.Save(Folder, State(files: 200));
        var second = SaveAfterLoad(s => Edited(s, "page-007.html"));
        var journal = File.ReadAllBytes(JournalPath);
        var previous = Load()!;

        Assert.Throws<IOException>(() => BuildStateFile.SaveAfter(Folder, Edited(previous, "page-008.html"), () => throw new IOException("the disk is full"), previous));

        Assert.Equal(journal, File.ReadAllBytes(JournalPath));
        AssertSame(second, Load());
    }

    private static void AssertSame(BuildState expected, BuildState? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(Json(expected), Json(actual));
    }

    /// <summary>The state's contents in a form that compares whole, tables in ordinal order.</summary>
    private static string Json(BuildState s) => JsonSerializer.Serialize(new
    {
        s.Version,
        s.Output,
        s.Inputs,
        s.ValidationContext,
        s.IssueCount,
        s.ArticleCount,
        Content = s.Content.OrderBy(e => e.Key, StringComparer.Ordinal),
        Parses = s.Parses.OrderBy(e => e.Key, StringComparer.Ordinal),
        Layouts = s.Layouts.OrderBy(e => e.Key, StringComparer.Ordinal),
        Files = s.Files.OrderBy(e => e.Key, StringComparer.Ordinal),
        Units = s.Units.OrderBy(e => e.Key, StringComparer.Ordinal),
        s.Findings,
    });

    /// <summary>A state of <paramref name="files"/> pages of one issue, each with a finding, an anchor and a link.</summary>
    private static BuildState State(int files)
    {
        var pages = Enumerable.Range(1, files).Select(i => $"page-{i:000}.html").ToList();
        return new BuildState(BuildState.CurrentVersion, "out", "inputs", "links",
            pages.ToDictionary(p => "content/" + p, p => new ContentHash("content/" + p, "hash of " + p), StringComparer.Ordinal),
            pages.ToDictionary(p => "content/" + p, p => Parse(p, "hash of " + p), StringComparer.Ordinal),
            Layouts("page"),
            pages.ToDictionary(p => p, p => Entry(p, "key"), StringComparer.Ordinal),
            new Dictionary<string, UnitEntry>(StringComparer.Ordinal) { ["issue-1"] = new("issue-1", "key", [.. pages.Select(p => new UnitFile(p, "page"))]) },
            [.. pages.Select(p => Finding(p, "old"))],
            1,
            files);
    }

    private static Dictionary<string, LayoutDependencies> Layouts(string partial) =>
        new(StringComparer.Ordinal) { ["page"] = new("page", ["templates/page.html", $"templates/partials/{partial}.html"], "hash of " + partial) };

    private static OutputEntry Entry(string path, string key)
    {
        var check = new PageCheck([Finding(path, key)], new HashSet<string>([$"{path}-main", "top"], StringComparer.Ordinal),
            [new FragmentLink(new SourceLocation(path, 3, 4), "other.html#top", "other.html", "top", null)]);
        return new OutputEntry(path, key, $"bytes of {path} from {key}", path.Length, 638_000_000_000_000_000, check);
    }

    private static Diagnostic Finding(string path, string note) => Diagnostic.Warning("EG0301", new SourceLocation(path, 1, 1), $"a finding ({note})");

    /// <summary><paramref name="state"/> after a build that rendered <paramref name="page"/> again from a new key.</summary>
    private static BuildState Edited(BuildState state, string page) => state with
    {
        Files = new Dictionary<string, OutputEntry>(state.Files, StringComparer.Ordinal) { [page] = Entry(page, "edited " + state.Files[page].Key) },
        Content = new Dictionary<string, ContentHash>(state.Content, StringComparer.Ordinal) { ["content/" + page] = new("content/" + page, "edited hash") },
        Parses = new Dictionary<string, ContentParse>(state.Parses, StringComparer.Ordinal) { ["content/" + page] = Parse(page, "edited hash") },
    };

    private static ContentParse Parse(string page, string hash) =>
        new(hash, null, null, $"the excerpt of {page} ({hash})", new SourceLocation("content/" + page, 2, 1), [], new FileStamp(page.Length, 638_000_000_000_000_000));

    private static Dictionary<string, T> Without<T>(IReadOnlyDictionary<string, T> table, string name)
    {
        var copy = new Dictionary<string, T>(table, StringComparer.Ordinal);
        copy.Remove(name);
        return copy;
    }
}
