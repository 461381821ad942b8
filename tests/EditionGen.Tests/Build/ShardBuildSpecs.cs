using System.Text.RegularExpressions;
using EditionGen.Build;
using EditionGen.Diagnostics;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Build;

/// <summary><c>build --shard K/N</c> on several machines and <c>build --merge</c> give the site one build gives.</summary>
public sealed partial class ShardBuildSpecs : IDisposable
{
    private readonly SampleEdition _edition = SampleEdition.Create();

    public ShardBuildSpecs()
    {
        var sample = File.ReadAllText(_edition.PathOf("seeds/" + SampleEdition.SampleSeed));
        for (var day = 31; day <= 33; day++)
        {
            var date = new DateOnly(2023, 5, 1).AddDays(day - 1);
            var text = DateLine().Replace(sample, $"{date.Year}年{date.Month}月{date.Day}日", 1);
            _edition.Write($"seeds/{day:000}_copy.txt", IssueNumber().Replace(text, $"总第{10216 + day}期", 1));
        }
    }

    public void Dispose() => _edition.Dispose();

    private BuildResult Build(string output, Shard? shard = null, params string[] merge) =>
        new BuildPipeline(new BuildOptions { Root = _edition.Root, Output = output, NoSearch = true, NoCache = true, Shard = shard, MergeFrom = merge }).Run();

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Merging_every_shard_gives_byte_for_byte_the_site_of_one_build(int shards)
    {
        Assert.True(Build("whole").Succeeded);
        var folders = Enumerable.Range(1, shards).Select(k => $"shard-{k}").ToArray();
        for (var k = 1; k <= shards; k++)
        {
            var shard = Build(folders[k - 1], new Shard(k, shards));
            Assert.True(shard.Succeeded, string.Join('\n', shard.Diagnostics.Where(d => d.IsError)));
        }

        var merged = Build("merged", null, folders);

        Assert.True(merged.Succeeded, string.Join('\n', merged.Diagnostics.Where(d => d.IsError)));
        var whole = FolderSnapshot.Of(_edition.PathOf("whole"));
        var result = FolderSnapshot.Of(_edition.PathOf("merged"));
        Assert.Equal(whole.Keys, result.Keys);
        Assert.All(whole, file => Assert.True(file.Value.AsSpan().SequenceEqual(result[file.Key]), file.Key));
    }

    [Fact]
    public void A_shard_holds_only_its_issues_and_no_page_that_spans_issues()
    {
        Assert.True(Build("shard-1", new Shard(1, 2)).Succeeded);

        var files = FolderSnapshot.Of(_edition.PathOf("shard-1")).Keys.ToList();
        Assert.Contains("2023/05/30/index.html", files);
        Assert.Contains("2023/05/31/index.html", files);
        Assert.DoesNotContain(files, f => f.StartsWith("2023/06/", StringComparison.Ordinal));
        Assert.DoesNotContain("index.html", files);
        Assert.DoesNotContain("feed.xml", files);
    }

    [Fact]
    public void A_merge_that_misses_a_shard_fails_and_names_what_is_missing()
    {
        Assert.True(Build("shard-1", new Shard(1, 2)).Succeeded);

        var merged = Build("merged", null, "shard-1");

        var error = Assert.Single(merged.Diagnostics, d => d.Code == DiagnosticCodes.ShardMissing);
        Assert.Contains("2023/06/", error.Message, StringComparison.Ordinal);
        Assert.False(merged.Published);
        Assert.False(Directory.Exists(_edition.PathOf("merged")));
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("2")]
    [InlineData("a/b")]
    public void A_shard_that_is_not_K_of_N_is_refused(string text) =>
        Assert.Throws<UsageException>(() => Shard.Parse(text));

    [GeneratedRegex(@"\d{4}年\d{1,2}月\d{1,2}日")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"总第\d+期")]
    private static partial Regex IssueNumber();
}
