using BenchmarkDotNet.Attributes;
using EditionGen.Ingest.Parsing;

namespace EditionGen.Benchmarks.Ingest;

/// <summary>
/// Parses 1,000 sample-like issues (about 20 MB of seed text). Each issue is the sample with its articles
/// rotated and a few paragraphs cut, so the parser sees varied input of the real shape.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private const int Issues = 1000;

    private string[] _seeds = [];

    [GlobalSetup]
    public void Setup()
    {
        var sample = File.ReadAllText(FindSample());
        var blocks = sample.Split("\n\n");
        var random = new Random(20230530);
        _seeds = new string[Issues];
        for (var i = 0; i < Issues; i++)
        {
            // Keep the masthead (the first blocks) and rotate the rest, cutting one long paragraph in two.
            var head = blocks.Take(12).ToList();
            var rest = blocks.Skip(12).ToList();
            var shift = random.Next(rest.Count);
            rest = rest.Skip(shift).Concat(rest.Take(shift)).ToList();
            var cut = random.Next(rest.Count);
            if (rest[cut].Length > 80) rest[cut] = rest[cut][..40] + "\n\n" + rest[cut][40..];
            _seeds[i] = string.Join("\n\n", head.Concat(rest));
        }
    }

    [Benchmark(Description = "Parse 1,000 issues")]
    public int Parse1000Issues()
    {
        var articles = 0;
        foreach (var seed in _seeds) articles += IssueParser.Parse(seed, "bench.txt").Articles.Count;
        return articles;
    }

    private static string FindSample()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "seeds", "000_f2234381d2a682df.txt");
            if (File.Exists(candidate)) return candidate;
        }

        throw new FileNotFoundException("seeds/000_f2234381d2a682df.txt was not found above " + AppContext.BaseDirectory);
    }
}
