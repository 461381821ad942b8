using EditionGen.Diagnostics;
using EditionGen.Ingest.Decoding;
using EditionGen.Ingest.Json;
using EditionGen.Ingest.Parsing;
using EditionGen.Model;

namespace EditionGen.Tests.Ingest.Parsing;

public class ConservationSpecs
{
    private const int Inputs = 2000;

    private static void AssertSound(string text, string what)
    {
        Issue issue;
        try
        {
            issue = IssueParser.Parse(text, "generated.txt");
        }
        catch (Exception e)
        {
            Assert.Fail($"{what}: the parser threw {e.GetType().Name}: {e.Message}\n--- input ---\n{text}");
            return;
        }

        var missing = Conservation.Missing(text, issue);
        Assert.True(missing.Length == 0, $"{what}: lost \"{missing}\"\n--- input ---\n{text}");
        var lines = text.Split('\n').Length;
        foreach (var article in issue.Articles)
        {
            Assert.InRange(article.SourceLines.First, 1, article.SourceLines.Last);
            Assert.InRange(article.SourceLines.Last, article.SourceLines.First, lines);
        }

        Assert.NotEmpty(IssueJson.Serialize(issue));
    }

    [Fact]
    public void The_sample_loses_no_character()
    {
        var text = SampleSeed.Text();

        Assert.Equal("", Conservation.Missing(text, IssueParser.Parse(text, SampleSeed.Name)));
    }

    [Fact]
    public void Mutated_samples_never_crash_the_parser_and_lose_no_character()
    {
        var sample = SampleSeed.Text();
        var mutator = new SeedMutator(20230530);

        for (var i = 0; i < Inputs / 2; i++) AssertSound(mutator.Mutate(sample), $"mutation {i}");
    }

    [Fact]
    public void Random_text_never_crashes_the_parser_and_loses_no_character()
    {
        var mutator = new SeedMutator(7);

        for (var i = 0; i < Inputs; i++) AssertSound(mutator.RandomText(), $"random text {i}");
    }

    [Fact]
    public void Random_bytes_either_decode_and_parse_soundly_or_are_refused_with_EG0102()
    {
        var mutator = new SeedMutator(11);

        for (var i = 0; i < Inputs; i++)
        {
            var bytes = mutator.RandomBytes();
            string text;
            try
            {
                text = SeedDecoder.Decode(bytes, "random.txt");
            }
            catch (InputException e)
            {
                Assert.Equal(DiagnosticCodes.SeedNotDecodable, e.Diagnostic.Code);
                continue;
            }

            AssertSound(text, $"random bytes {i}");
        }
    }
}
