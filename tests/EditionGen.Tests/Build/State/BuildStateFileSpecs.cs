using System.Text.Json;
using EditionGen.Build.State;
using EditionGen.Content;
using EditionGen.Diagnostics;
using EditionGen.Ingest.Writing;
using EditionGen.Tests.Ingest.Writing;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Build.State;

public class BuildStateFileSpecs
{
    [Fact]
    public void What_each_content_file_parsed_into_reads_back_from_the_state_as_it_was_parsed()
    {
        using var site = new TempDir();
        ContentWriter.Write(SampleIssue.Create(), site["content"], ContentWriteOptions.Default);
        site.Write("content/2023/05/30/09-01.md", "---\npage: 9\norder: 1\n---\n\n正文。\n");
        var parses = new ContentParses();
        ContentReader.Read(site["content"], new DiagnosticBag(), parses: parses);
        var state = new BuildState(BuildState.CurrentVersion, "out", "inputs", "links", new Dictionary<string, ContentHash>(), parses.Current,
            new Dictionary<string, LayoutDependencies>(), new Dictionary<string, OutputEntry>(), new Dictionary<string, UnitEntry>(), [], 1, 4);

        BuildStateFile.Save(site[".editiongen"], state);
        var read = BuildStateFile.Load(site[".editiongen"], "out", new DiagnosticBag(), path => path);

        Assert.NotNull(read);
        Assert.Equal(parses.Current.Keys.Order(StringComparer.Ordinal), read.Parses.Keys.Order(StringComparer.Ordinal));
        Assert.All(parses.Current, parse => Assert.Equal(JsonSerializer.Serialize(parse.Value), JsonSerializer.Serialize(read.Parses[parse.Key])));
    }
}
