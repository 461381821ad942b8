using EditionGen.Ingest.Reading.Model;
using EditionGen.Tests.Ingest.Parsing;

namespace EditionGen.Tests.Cli.Commands;

public class ParseCommandSpecs
{
    [Fact]
    public void Parse_explain_prints_each_line_with_its_label_and_the_readers_confidence()
    {
        using var dir = new Support.TempDir();
        var seed = Path.Combine(dir.Path, "seed.txt");
        File.WriteAllText(seed, SampleSeed.Text());

        var run = CliRun.Of("parse", "--explain", seed);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.TrimStart().StartsWith("5  masthead", StringComparison.Ordinal) && l.EndsWith("2023年5月30日", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(" title ", StringComparison.Ordinal) && l.EndsWith("天山南北奏响高质量发展“变奏曲”", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(" byline ", StringComparison.Ordinal) && l.EndsWith("□工人日报记者/徐新星 吴泽思", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.Matches(@"^\s*\d+  [a-z_]+\s+[01]\.\d\d", l));
    }

    [Fact]
    public void Parse_explain_of_a_seed_that_cannot_be_decoded_is_a_located_error()
    {
        using var dir = new Support.TempDir();
        var seed = Path.Combine(dir.Path, "binary.txt");
        File.WriteAllBytes(seed, [0x00, 0x01, 0x02, 0xFF, 0x00]);

        var run = CliRun.Of("parse", "--explain", seed);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error EG0102", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_explain_with_a_model_file_reads_with_that_model()
    {
        using var dir = new Support.TempDir();
        var seed = Path.Combine(dir.Path, "seed.txt");
        File.WriteAllText(seed, SampleSeed.Text());
        var modelFile = Path.Combine(dir.Path, "reader.model");
        using (var output = File.Create(modelFile)) ReaderModelFile.Write(ReaderModelFile.Shipped, output);

        var withFile = CliRun.Of("parse", "--explain", "--model", modelFile, seed);
        var shipped = CliRun.Of("parse", "--explain", seed);

        Assert.Equal(0, withFile.ExitCode);
        Assert.Equal(shipped.Out, withFile.Out);
    }

    [Fact]
    public void Parse_explain_with_a_missing_model_file_says_how_to_make_one()
    {
        using var dir = new Support.TempDir();
        var seed = Path.Combine(dir.Path, "seed.txt");
        File.WriteAllText(seed, SampleSeed.Text());

        var run = CliRun.Of("parse", "--explain", "--model", Path.Combine(dir.Path, "none.model"), seed);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("model train", run.Error, StringComparison.Ordinal);
    }
}
