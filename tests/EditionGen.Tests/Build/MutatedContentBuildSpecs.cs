using EditionGen.Build;
using EditionGen.Tests.Ingest.Parsing;

namespace EditionGen.Tests.Build;

public sealed class MutatedContentBuildSpecs : IDisposable
{
    private const int MutatedFiles = 60;

    private readonly SampleEdition _edition = SampleEdition.Create();

    public void Dispose() => _edition.Dispose();

    [Fact]
    public void A_build_with_mutated_content_files_beside_the_sample_reports_each_in_its_file_and_still_reads_every_good_article()
    {
        var first = new BuildPipeline(new BuildOptions { Root = _edition.Root, NoSearch = true }).Run();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        var mutator = new SeedMutator(530);
        var sample = File.ReadAllText(_edition.PathOf("content/2023/05/30/01-03.md"));
        var names = new List<string>();
        for (var i = 0; i < MutatedFiles; i++)
        {
            var name = $"content/2023/05/30/{i / 30 + 8:00}-{i % 30 + 1:00}.md";
            _edition.Write(name, mutator.MutateLines(sample));
            names.Add(name);
        }

        var result = new BuildPipeline(new BuildOptions { Root = _edition.Root, NoSearch = true }).Run();

        Assert.All(result.Diagnostics.Where(d => d.IsError), d => Assert.True(
            names.Contains(d.Location.Path) || d.Location.Path.StartsWith("site-output/", StringComparison.Ordinal), d.ToString()));
        Assert.True(result.ArticleCount >= first.ArticleCount, $"{result.ArticleCount} articles, {first.ArticleCount} before");
        Assert.True(File.Exists(_edition.PathOf("site-output/2023/05/30/01/03/index.html")));
    }
}
