using EditionGen.Ingest.Decoding;
using EditionGen.Ingest.Json;
using EditionGen.Ingest.Parsing;
using EditionGen.Ingest.Reading.Model;

namespace EditionGen.Ingest.Reading.Training;

/// <summary>
/// Parses every issue of a corpus folder with a model and writes <c>NAME.json</c> for each, the JSON that
/// <c>editiongen parse</c> prints, so that a scorer can compare them with the gold readings.
/// </summary>
public static class CorpusParses
{
    public static int Write(string corpus, IReadOnlyCollection<string> prefixes, ReaderModel model, string output)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(prefixes);
        ArgumentNullException.ThrowIfNull(model);
        Directory.CreateDirectory(output);
        var count = 0;
        foreach (var name in GoldIssue.Names(corpus, prefixes))
        {
            var seed = Path.Combine(corpus, name + ".txt");
            var issue = IssueParser.Parse(SeedReader.Label(SeedDecoder.Read(seed), model), Path.GetFileName(seed));
            File.WriteAllText(Path.Combine(output, name + ".json"), IssueJson.Serialize(issue));
            count++;
        }

        return count;
    }
}
