using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using EditionGen.Build;

namespace EditionGen.Benchmarks.Build;

/// <summary>
/// A whole build of an archive made from the sample, against Hugo rendering the same content/.
/// EditionGen's build also re-reads every seed (ingest), which Hugo does not do.
/// Run: dotnet run -c Release --project tests/EditionGen.Benchmarks -- --filter '*SiteBuild*'
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class SiteBuildBenchmarks
{
    private string _edition = "";
    private string _hugo = "";

    [Params(365)]
    public int Issues { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _edition = SampleShapedArchive.CreateEdition(Issues);
        var first = new BuildPipeline(new BuildOptions { Root = _edition, NoSearch = true }).Run();
        if (!first.Succeeded) throw new InvalidOperationException(string.Join('\n', first.Diagnostics.Where(d => d.IsError)));
        _hugo = HugoSite.Create(_edition);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Directory.Delete(_edition, recursive: true);
        Directory.Delete(_hugo, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public void Hugo() => HugoSite.Build(_hugo);

    [Benchmark]
    public BuildResult EditionGen() => new BuildPipeline(new BuildOptions { Root = _edition, NoSearch = true }).Run();
}
