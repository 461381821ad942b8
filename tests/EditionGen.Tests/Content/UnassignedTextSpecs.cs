using EditionGen.Content;
using EditionGen.Diagnostics;
using EditionGen.Ingest.Writing;
using EditionGen.Model;
using EditionGen.Tests.Ingest.Writing;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Content;

public class UnassignedTextSpecs
{
    [Fact]
    public void Seed_text_the_parser_could_not_place_is_kept_in_the_issue_file_and_reads_back()
    {
        using var site = new TempDir();
        Residue[] residue = [new(3, "责任编辑：王某 版式：李某"), new(88, "“引号” 与 #井号: 冒号")];
        ContentWriter.Write(SampleIssue.Create() with { Unassigned = residue }, site["content"], ContentWriteOptions.Default);
        var diagnostics = new DiagnosticBag();

        var read = ContentReader.Read(site["content"], diagnostics).Issues.Single().Issue;

        Assert.Empty(diagnostics);
        Assert.Equal(residue, read.Unassigned);
        Assert.Contains("unassigned:", site.Read("content/2023/05/30/_index.md"));
    }
}
