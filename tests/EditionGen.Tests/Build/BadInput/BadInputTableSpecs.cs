using EditionGen.Tests.Cli;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Build.BadInput;

/// <summary>
/// Every bad input of the README's table, produced on a copy of the built sample: the code it gets at its place,
/// the exit code, and what is still built. A second test keeps the README's table and these rows the same.
/// </summary>
public sealed class BadInputTableSpecs(BuiltSample sample) : IClassFixture<BuiltSample>
{
    public static TheoryData<string> Inputs => new(BadInputRows.All.Select(row => row.Input));

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Each_bad_input_gets_its_code_and_exit_code_and_the_rest_is_still_built(string input)
    {
        var row = BadInputRows.All.Single(r => r.Input == input);
        using var folder = new TempDir();
        var edition = sample.CopyInto(folder);
        var before = Snapshot(folder.Path);
        var previousSite = FolderSnapshot.Of(edition.PathOf("site-output"));

        CliRun run;
        using (edition)
        {
            var extra = row.Arrange(edition);
            if (row.Outcome == BadInputOutcome.NothingWritten) before = Snapshot(folder.Path);
            run = CliRun.Of(["build", "--root", edition.Root, "--no-search", .. extra]);
        }

        Assert.True(run.ExitCode == row.ExitCode, $"exit {run.ExitCode}, expected {row.ExitCode}:\n{run.Error}");
        if (row.Code != "—") Assert.Matches($@"(error|warning) {row.Code}: ", run.Error);
        if (!row.Message.StartsWith("none:", StringComparison.Ordinal)) Assert.Contains(row.Message, run.Error);
        if (row.Culprit is not null)
        {
            var errors = run.Error.Split('\n').Where(line => line.Contains(": error EG", StringComparison.Ordinal)).ToList();
            Assert.All(errors, line => Assert.StartsWith(row.Culprit, line));
        }

        switch (row.Outcome)
        {
            case BadInputOutcome.GoodSeedsIngested:
                Assert.True(File.Exists(edition.PathOf("content/2023/05/30/01-07.md")), "the good seed was not ingested");
                AssertSame(previousSite, FolderSnapshot.Of(edition.PathOf("site-output")));
                break;
            case BadInputOutcome.OtherFilesRead:
            case BadInputOutcome.PreviousSiteKept:
                AssertSame(previousSite, FolderSnapshot.Of(edition.PathOf("site-output")));
                break;
            case BadInputOutcome.Published:
                Assert.True(File.Exists(edition.PathOf("site-output/.editiongen-output")));
                Assert.DoesNotContain(run.Error, ": error EG");
                break;
            default:
                AssertSame(before, Snapshot(folder.Path));
                break;
        }
    }

    [Fact]
    public void The_html_markdown_and_scriban_of_a_seed_reach_the_page_as_the_literal_text_they_are()
    {
        using var folder = new TempDir();
        var edition = sample.CopyInto(folder);
        BadInputRows.All.Single(r => r.Input.StartsWith("HTML, Markdown", StringComparison.Ordinal)).Arrange(edition);

        Assert.Equal(0, CliRun.Of("build", "--root", edition.Root, "--no-search").ExitCode);

        var page = File.ReadAllText(edition.PathOf("site-output/2023/06/03/01/01/index.html"));
        Assert.Contains("标题&lt;script&gt;alert(1)&lt;/script&gt;", page);
        Assert.Contains("&lt;b&gt;HTML&lt;/b&gt;、**粗体**、[链接](javascript:alert(1))和{{ site.title }}", page);
        Assert.DoesNotContain("<script>alert", page);
    }

    [Fact]
    public void The_readme_table_lists_exactly_these_rows()
    {
        var readme = File.ReadAllLines(Path.Combine(SampleEdition.RepositoryRoot, "README.md"));
        var start = Array.FindIndex(readme, line => line == "## Bad input");
        Assert.True(start >= 0, "README.md has no section '## Bad input'");
        var table = readme.Skip(start + 1)
            .SkipWhile(line => !line.StartsWith('|'))
            .TakeWhile(line => line.StartsWith('|'))
            .Skip(2)
            .ToList();

        Assert.Equal(BadInputRows.All.Select(row => row.MarkdownRow), table);
    }

    // Every file but the build lock and its holder: another build may hold the one, and a build writes the other
    // before it reads its inputs.
    private static SortedDictionary<string, byte[]> Snapshot(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (!relative.Contains(".editiongen/build.", StringComparison.Ordinal)) files[relative] = File.ReadAllBytes(file);
        }

        return files;
    }

    private static void AssertSame(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, file => Assert.True(file.Value.AsSpan().SequenceEqual(actual[file.Key]), file.Key + " changed"));
    }
}
