using EditionGen.Tests.Build;
using EditionGen.Tests.Cli;

namespace EditionGen.Tests.Ingest;

public sealed class IngestCacheSpecs : IDisposable
{
    private readonly SampleEdition _edition = SampleEdition.Create();

    public void Dispose() => _edition.Dispose();

    private CliRun Build(params string[] extra) => CliRun.Of(["build", "--root", _edition.Root, "--no-search", .. extra]);

    [Fact]
    public void An_unchanged_seed_is_not_read_again_but_its_warnings_are_still_reported()
    {
        var first = Build();
        var article = _edition.PathOf("content/2023/05/30/01-01.md");
        File.AppendAllText(article, "\n手工补充的一段。\n");

        var second = Build();

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("warning EG0120", first.Error);
        Assert.Contains("warning EG0120", second.Error);
        // The seed was not ingested again, so the hand edit was not even looked at.
        Assert.DoesNotContain("EG0110", second.Error);
        Assert.True(File.Exists(_edition.PathOf(".editiongen/ingest-cache.json")));
    }

    [Fact]
    public void Without_the_cache_every_seed_is_read_again_and_hand_edits_are_reported()
    {
        Build();
        File.AppendAllText(_edition.PathOf("content/2023/05/30/01-01.md"), "\n手工补充的一段。\n");

        var run = Build("--no-cache");

        Assert.Contains("warning EG0110", run.Error);
        Assert.Contains("手工补充的一段。", File.ReadAllText(_edition.PathOf("content/2023/05/30/01-01.md")));
    }

    [Fact]
    public void A_content_file_deleted_by_hand_is_written_again_from_its_unchanged_seed()
    {
        Build();
        File.Delete(_edition.PathOf("content/2023/05/30/01-07.md"));

        var run = Build();

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(_edition.PathOf("content/2023/05/30/01-07.md")));
    }

    [Fact]
    public void A_changed_seed_is_read_again()
    {
        Build();
        var seed = _edition.PathOf("seeds/" + SampleEdition.SampleSeed);
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("爱路护路从我做起", "爱路护路从你我做起"));

        Assert.Equal(0, Build().ExitCode);

        Assert.Contains("爱路护路从你我做起", File.ReadAllText(_edition.PathOf("content/2023/05/30/01-06.md")));
    }

    [Fact]
    public void A_seed_rewritten_with_the_same_length_and_time_is_taken_as_it_was_until_its_time_changes()
    {
        var seed = _edition.PathOf("seeds/" + SampleEdition.SampleSeed);
        var hourAgo = DateTime.UtcNow.AddHours(-1);
        File.SetLastWriteTimeUtc(seed, hourAgo);
        Build();
        // The same number of bytes: one character of three UTF-8 bytes for another.
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("爱路护路从我做起", "爱路护路从你做起"));
        File.SetLastWriteTimeUtc(seed, hourAgo);

        Assert.Equal(0, Build().ExitCode);
        var unseen = File.ReadAllText(_edition.PathOf("content/2023/05/30/01-06.md"));
        File.SetLastWriteTimeUtc(seed, hourAgo.AddSeconds(1));
        Assert.Equal(0, Build().ExitCode);

        Assert.Contains("爱路护路从我做起", unseen);
        Assert.Contains("爱路护路从你做起", File.ReadAllText(_edition.PathOf("content/2023/05/30/01-06.md")));
    }

    [Theory]
    [InlineData("{\"parser\": 5")]
    [InlineData("{\"parser\": \"another\", \"seeds\": {}}")]
    [InlineData("{\"seeds\": {\"seeds/a.txt\": {\"hash\": 1}}}")]
    public void A_damaged_or_foreign_cache_counts_as_empty_and_is_written_again(string damaged)
    {
        Build();
        File.WriteAllText(_edition.PathOf(".editiongen/ingest-cache.json"), damaged);

        var run = Build();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning EG0120", run.Error);
        Assert.Contains("\"seeds/" + SampleEdition.SampleSeed + "\"", File.ReadAllText(_edition.PathOf(".editiongen/ingest-cache.json")));
    }
}
