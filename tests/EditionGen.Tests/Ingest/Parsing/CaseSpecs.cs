using EditionGen.Ingest.Json;
using EditionGen.Ingest.Parsing;

namespace EditionGen.Tests.Ingest.Parsing;

/// <summary>
/// Small hand-written seeds in <c>Cases/NNN-name.txt</c>, each read into the JSON of <c>NNN-name.expected.json</c>.
/// On a difference the reading is written beside it as <c>.received.json</c>; with EDITIONGEN_ACCEPT=1 it
/// replaces the expected file.
/// </summary>
public class CaseSpecs
{
    public static TheoryData<string> Cases()
    {
        var cases = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(SampleSeed.CasesFolder, "*.txt").Order(StringComparer.Ordinal))
            cases.Add(Path.GetFileNameWithoutExtension(path));
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_seed_reads_as_expected(string name)
    {
        var seed = Path.Combine(SampleSeed.CasesFolder, name + ".txt");
        var expectedPath = Path.Combine(SampleSeed.CasesFolder, name + ".expected.json");
        var receivedPath = Path.Combine(SampleSeed.CasesFolder, name + ".received.json");
        var text = File.ReadAllText(seed);

        var issue = IssueParser.Parse(text, name + ".txt");
        var json = IssueJson.Serialize(issue) + "\n";

        Assert.Equal("", Conservation.Missing(text, issue));
        if (Environment.GetEnvironmentVariable("EDITIONGEN_ACCEPT") == "1")
        {
            File.WriteAllText(expectedPath, json);
            File.Delete(receivedPath);
            return;
        }

        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : "";
        if (expected != json) File.WriteAllText(receivedPath, json);
        else File.Delete(receivedPath);
        Assert.True(expected == json, $"{name}: the reading differs from {expectedPath}; compare it with {receivedPath}.");
    }
}
