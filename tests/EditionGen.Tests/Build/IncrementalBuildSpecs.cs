using System.Text.RegularExpressions;
using EditionGen.Build;
using EditionGen.Build.State;
using EditionGen.Diagnostics;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Build;

/// <summary>
/// Builds that keep state in <c>.editiongen/</c> render only what changed, and give the bytes a clean build gives.
/// An edition of two issues (the sample and a copy of it dated the next day) so that one issue can change alone.
/// </summary>
public sealed partial class IncrementalBuildSpecs : IDisposable
{
    private const string EditedArticle = "content/2023/05/30/01-03.md";

    private readonly SampleEdition _edition = SampleEdition.Create();

    public IncrementalBuildSpecs() => WriteCopyOfSample("seeds/001_next_day.txt", "2023年5月31日", "总第10247期");

    /// <summary>Writes a seed that is the sample with another date and issue number.</summary>
    private void WriteCopyOfSample(string seed, string date, string number)
    {
        var sample = File.ReadAllText(_edition.PathOf("seeds/" + SampleEdition.SampleSeed));
        _edition.Write(seed, IssueNumber().Replace(DateLine().Replace(sample, date, 1), number, 1));
    }

    public void Dispose() => _edition.Dispose();

    private BuildResult Build(int jobs, bool noCache = false, string? output = null)
    {
        var result = new BuildPipeline(new BuildOptions { Root = _edition.Root, NoSearch = true, Jobs = jobs, NoCache = noCache, Output = output }).Run();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
        return result;
    }

    /// <summary>Every file of a folder with the time it was last written.</summary>
    private static SortedDictionary<string, DateTime> Times(string folder)
    {
        var times = new SortedDictionary<string, DateTime>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
            times[Path.GetRelativePath(folder, file).Replace('\\', '/')] = File.GetLastWriteTimeUtc(file);
        return times;
    }

    private static List<string> Rewritten(SortedDictionary<string, DateTime> before, SortedDictionary<string, DateTime> after) =>
        after.Where(file => !before.TryGetValue(file.Key, out var was) || was != file.Value).Select(file => file.Key).ToList();

    private BuildState State() =>
        BuildStateFile.Load(_edition.PathOf(".editiongen"), _edition.Output, new DiagnosticBag(), p => p)
        ?? throw new InvalidOperationException("the build left no state");

    /// <summary>The folder of each author's and each column's pages in the output.</summary>
    private List<string> NameFolders() =>
        new[] { "authors", "columns" }.Select(kind => Path.Combine(_edition.Output, kind)).Where(Directory.Exists)
            .SelectMany(Directory.EnumerateDirectories).ToList();

    private void AssertSameAsCleanBuild(int jobs)
    {
        Build(jobs, noCache: true, output: "clean-output");
        var clean = FolderSnapshot.Of(_edition.PathOf("clean-output"));
        var incremental = FolderSnapshot.Of(_edition.Output);
        Assert.Equal(clean.Keys, incremental.Keys);
        Assert.All(clean, file => Assert.True(file.Value.AsSpan().SequenceEqual(incremental[file.Key]), file.Key));
    }

    [Fact]
    public void A_second_build_with_nothing_changed_renders_nothing_and_rewrites_no_content_or_output_file()
    {
        var first = Build(jobs: 2);
        var output = Times(_edition.Output);
        var content = Times(_edition.PathOf("content"));

        var second = Build(jobs: 2);

        Assert.True(second.UpToDate);
        Assert.Equal(0, second.Rendered);
        Assert.Equal(0, second.Written);
        Assert.Equal(first.FileCount, second.FileCount);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Empty(Rewritten(output, Times(_edition.Output)));
        Assert.Empty(Rewritten(content, Times(_edition.PathOf("content"))));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void An_edited_article_rewrites_only_pages_of_its_issue_and_site_lists_and_the_site_equals_a_clean_build(int jobs)
    {
        var first = Build(jobs);
        var before = Times(_edition.Output);
        var path = _edition.PathOf(EditedArticle);
        File.WriteAllText(path, File.ReadAllText(path) + "\n编辑补充的一段话。\n");

        var second = Build(jobs);

        var rewritten = Rewritten(before, Times(_edition.Output));
        Assert.Contains("2023/05/30/01/03/index.html", rewritten);
        Assert.DoesNotContain(rewritten, file => file.StartsWith("2023/05/31/", StringComparison.Ordinal));
        Assert.DoesNotContain("2023/05/30/01/01/index.html", rewritten);
        Assert.Equal(rewritten.Count, second.Written);
        Assert.True(second.Rendered < first.Rendered / 2, $"{second.Rendered} of {first.Rendered} files were rendered again");
        AssertSameAsCleanBuild(jobs);
    }

    [Fact]
    public void A_rebuild_after_an_edited_article_parses_only_the_edited_file()
    {
        var first = Build(jobs: 2);
        var path = _edition.PathOf(EditedArticle);
        File.WriteAllText(path, File.ReadAllText(path) + "\n编辑补充的一段话。\n");

        var second = Build(jobs: 2);

        Assert.True(first.Parsed > 10, $"{first.Parsed} files were parsed by the first build");
        Assert.Equal(1, second.Parsed);
        AssertSameAsCleanBuild(jobs: 2);
    }

    [Fact]
    public void A_rebuild_renders_the_issue_whose_article_was_edited_before_anything_else()
    {
        Build(jobs: 1);
        var path = _edition.PathOf("content/2023/05/31/01-03.md");
        File.WriteAllText(path, File.ReadAllText(path) + "\n编辑补充的一段话。\n");
        var rendered = new RenderedFiles();

        var result = new BuildPipeline(new BuildOptions { Root = _edition.Root, NoSearch = true, Jobs = 1 }).Run(rendered);

        Assert.True(result.Succeeded);
        Assert.StartsWith("2023/05/31/", rendered.Paths[0], StringComparison.Ordinal);
        Assert.Contains(rendered.Paths, p => p.StartsWith("2023/05/30/", StringComparison.Ordinal));
    }

    /// <summary>The files a build reports as rendered, in the order it reports them (reported on the build's own thread).</summary>
    private sealed class RenderedFiles : IProgress<BuildProgress>
    {
        public List<string> Paths { get; } = [];

        public void Report(BuildProgress value)
        {
            if (value.Stage == BuildStage.Render && value.Item is { } item) lock (Paths) Paths.Add(item);
        }
    }

    [Fact]
    public void An_article_edited_to_the_same_length_with_its_time_put_back_soon_after_it_was_written_is_read_again()
    {
        Build(jobs: 2);
        var path = _edition.PathOf(EditedArticle);
        var written = File.GetLastWriteTimeUtc(path);
        var text = File.ReadAllText(path);
        var title = TitleLine().Match(text).Value;
        var edited = title[..^2] + (title[^2] == '甲' ? '乙' : '甲') + title[^1];
        File.WriteAllText(path, text.Replace(title, edited, StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, written);

        var second = Build(jobs: 2);

        Assert.False(second.UpToDate);
        Assert.Equal(1, second.Parsed);
        Assert.Contains(edited[8..^1], File.ReadAllText(Path.Combine(_edition.Output, "2023/05/30/01/03/index.html")), StringComparison.Ordinal);
        AssertSameAsCleanBuild(jobs: 2);
    }

    [Fact]
    public void An_issue_whose_files_and_neighbours_did_not_change_is_taken_whole_without_being_rendered()
    {
        Build(jobs: 2);
        var path = _edition.PathOf(EditedArticle);
        File.WriteAllText(path, File.ReadAllText(path) + "\n编辑补充的一段话。\n");

        var second = Build(jobs: 2);

        Assert.Equal(1, second.ReusedIssues);
        AssertSameAsCleanBuild(jobs: 2);
    }

    [Fact]
    public void Authors_and_columns_none_of_whose_articles_changed_are_taken_whole_without_being_paged()
    {
        Build(jobs: 2);
        var path = _edition.PathOf(EditedArticle);
        File.WriteAllText(path, File.ReadAllText(path) + "\n编辑补充的一段话。\n");

        var second = Build(jobs: 2);

        // A body is on no author's or column's page: every one of them is taken as it was.
        Assert.Equal(NameFolders().Count, second.ReusedNames);
        AssertSameAsCleanBuild(jobs: 2);
    }

    [Fact]
    public void An_author_whose_article_was_retitled_is_paged_again_and_shows_the_new_title()
    {
        Build(jobs: 2);
        var path = _edition.PathOf(EditedArticle);
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text.Replace(TitleLine().Match(text).Value, "title: \"改过的标题在作者页上\"", StringComparison.Ordinal));

        var second = Build(jobs: 2);

        var showing = NameFolders().Where(folder => File.ReadAllText(Path.Combine(folder, "index.html")).Contains("改过的标题在作者页上", StringComparison.Ordinal)).ToList();
        Assert.Contains(Path.Combine(_edition.Output, "authors", "张云梅"), showing);
        Assert.Equal(NameFolders().Count - showing.Count, second.ReusedNames);
        AssertSameAsCleanBuild(jobs: 2);
    }

    [Fact]
    public void Sitemaps_are_taken_as_they_were_after_an_edited_body_and_the_feed_is_made_again_after_a_retitled_article_it_lists()
    {
        Build(jobs: 2);
        var before = State();
        var path = _edition.PathOf(EditedArticle);
        File.WriteAllText(path, File.ReadAllText(path) + "\n编辑补充的一段话。\n");
        Build(jobs: 2);
        var edited = State();
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text.Replace(TitleLine().Match(text).Value, "title: \"改过的标题在订阅里\"", StringComparison.Ordinal));

        Build(jobs: 2);

        // Sitemaps list places, not bodies or titles: each keeps the key it was written from.
        foreach (var sitemap in new[] { "sitemap.xml", "sitemap-main.xml", "sitemap-2023.xml" })
        {
            Assert.NotNull(before.Files[sitemap].Key);
            Assert.Equal(before.Files[sitemap].Key, edited.Files[sitemap].Key);
            Assert.Equal(before.Files[sitemap].Key, State().Files[sitemap].Key);
        }

        Assert.NotEqual(edited.Files["feed.xml"].Key, State().Files["feed.xml"].Key);
        Assert.Contains("改过的标题在订阅里", File.ReadAllText(Path.Combine(_edition.Output, "feed.xml")), StringComparison.Ordinal);
        AssertSameAsCleanBuild(jobs: 2);
    }

    [Fact]
    public void An_issue_is_not_taken_whole_when_the_number_of_the_issue_before_it_changed()
    {
        Build(jobs: 2);
        var index = _edition.PathOf("content/2023/05/30/_index.md");
        File.WriteAllText(index, IssueNumberLine().Replace(File.ReadAllText(index), "issue_number: 10240", 1));

        var second = Build(jobs: 2);

        // The link to the issue before is part of every page model of the next issue.
        Assert.Equal(0, second.ReusedIssues);
        AssertSameAsCleanBuild(jobs: 2);
    }

    [Fact]
    public void An_unchanged_issue_with_a_file_deleted_from_the_output_is_not_taken_whole_and_the_file_is_written_again()
    {
        Build(jobs: 2);
        var path = _edition.PathOf(EditedArticle);
        File.WriteAllText(path, File.ReadAllText(path) + "\n编辑补充的一段话。\n");
        var deleted = Path.Combine(_edition.Output, "2023/05/31/01/01/index.html");
        File.Delete(deleted);

        var second = Build(jobs: 2);

        Assert.Equal(0, second.ReusedIssues);
        Assert.True(File.Exists(deleted));
        AssertSameAsCleanBuild(jobs: 2);
    }

    [Fact]
    public void A_changed_partial_rewrites_only_pages_whose_layout_includes_it()
    {
        Build(jobs: 2);
        var before = Times(_edition.Output);
        var builtIn = File.ReadAllText(Path.Combine(SampleEdition.RepositoryRoot, "templates", "partials", "calendar.html"));
        _edition.Write("templates/partials/calendar.html", builtIn + "<p class=\"note\">节假日照常出版</p>\n");

        var second = Build(jobs: 2);

        var rewritten = Rewritten(before, Times(_edition.Output));
        Assert.NotEmpty(rewritten);
        Assert.All(rewritten, file => Assert.StartsWith("archive/", file, StringComparison.Ordinal));
        // The year and month pages show a calendar; the archive's front page uses the layout but shows none, so its bytes stay.
        Assert.Contains("archive/2023/05/index.html", rewritten);
        Assert.Equal(rewritten.Count, second.Written);
        AssertSameAsCleanBuild(jobs: 2);
    }

    [Fact]
    public void A_damaged_build_state_is_discarded_with_a_warning_and_everything_is_rendered_again()
    {
        var first = Build(jobs: 2);
        var state = _edition.PathOf(".editiongen/" + BuildState.FileName);
        var bytes = File.ReadAllBytes(state);
        File.WriteAllBytes(state, bytes[..(bytes.Length / 2)]);

        var second = Build(jobs: 2);

        var warning = Assert.Single(second.Diagnostics, d => d.Code == DiagnosticCodes.BuildStateDiscarded);
        Assert.Contains("damaged", warning.Message, StringComparison.Ordinal);
        Assert.Equal(first.Rendered, second.Rendered);
        AssertSameAsCleanBuild(jobs: 2);
    }

    [Fact]
    public void A_state_left_for_another_output_folder_is_not_trusted()
    {
        Build(jobs: 2, output: "elsewhere");
        Directory.CreateDirectory(_edition.Output);

        var second = Build(jobs: 2);

        Assert.Contains(second.Diagnostics, d => d.Code == DiagnosticCodes.BuildStateDiscarded && d.Message.Contains("another output folder", StringComparison.Ordinal));
        Assert.False(second.UpToDate);
        AssertSameAsCleanBuild(jobs: 2);
    }

    [Fact]
    public void A_build_without_the_state_keeps_the_previous_files_whose_bytes_it_renders_again_and_writes_only_a_changed_one()
    {
        Build(jobs: 2);
        var before = Times(_edition.Output);
        var path = _edition.PathOf(EditedArticle);
        File.WriteAllText(path, File.ReadAllText(path) + "\n编辑补充的一段话。\n");

        var second = Build(jobs: 2, noCache: true);

        var rewritten = Rewritten(before, Times(_edition.Output));
        Assert.Contains("2023/05/30/01/03/index.html", rewritten);
        Assert.DoesNotContain("2023/05/30/01/01/index.html", rewritten);
        Assert.DoesNotContain(rewritten, file => file.StartsWith("2023/05/31/", StringComparison.Ordinal));
        Assert.Equal(rewritten.Count, second.Written);
        AssertSameAsCleanBuild(jobs: 2);
    }

    [Fact]
    public void A_file_changed_by_hand_in_the_output_is_written_again_by_a_build_without_the_state()
    {
        Build(jobs: 2);
        var page = Path.Combine(_edition.Output, "2023/05/30/01/01/index.html");
        var original = File.ReadAllBytes(page);
        var changed = original.ToArray();
        changed[^2] = (byte)'!';
        File.WriteAllBytes(page, changed);

        Build(jobs: 2, noCache: true);

        Assert.Equal(original, File.ReadAllBytes(page));
        AssertSameAsCleanBuild(jobs: 2);
    }

    [Fact]
    public void A_build_without_the_state_reads_every_seed_again_and_leaves_what_it_read_for_the_next_build()
    {
        var cache = _edition.PathOf(".editiongen/ingest-cache.json");
        Build(jobs: 2, noCache: true);
        var written = File.ReadAllText(cache);
        Assert.Contains("001_next_day.txt", written, StringComparison.Ordinal);
        var content = Times(_edition.PathOf("content"));

        var second = Build(jobs: 2);

        Assert.True(second.UpToDate);
        Assert.Equal(written, File.ReadAllText(cache));
        Assert.Empty(Rewritten(content, Times(_edition.PathOf("content"))));
    }

    [GeneratedRegex("^issue_number: .*$", RegexOptions.Multiline)]
    private static partial Regex IssueNumberLine();

    [GeneratedRegex("^title: \".+\"$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"\d{4}年\d{1,2}月\d{1,2}日")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"总第\d+期")]
    private static partial Regex IssueNumber();
}
