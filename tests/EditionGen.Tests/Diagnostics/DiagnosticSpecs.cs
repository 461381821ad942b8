using EditionGen.Diagnostics;

namespace EditionGen.Tests.Diagnostics;

public class DiagnosticSpecs
{
    [Fact]
    public void A_diagnostic_prints_like_a_compiler_message()
    {
        var diagnostic = Diagnostic.Error("EG0101", new SourceLocation("seeds/a.txt", 3, 7), "the seed is empty.");

        Assert.Equal("seeds/a.txt(3,7): error EG0101: the seed is empty.", diagnostic.ToString());
    }

    [Fact]
    public void A_diagnostic_without_a_line_names_only_the_file()
    {
        var diagnostic = Diagnostic.Warning("EG0110", SourceLocation.File("content/x.md"), "edited by hand.");

        Assert.Equal("content/x.md: warning EG0110: edited by hand.", diagnostic.ToString());
    }

    [Fact]
    public void A_bag_lists_its_findings_by_file_and_position()
    {
        var bag = new DiagnosticBag();
        bag.Warning("EG0002", new SourceLocation("b.txt", 1, 1), "later file");
        bag.Error("EG0001", new SourceLocation("a.txt", 9, 1), "later line");
        bag.Error("EG0001", new SourceLocation("a.txt", 2, 4), "first");

        Assert.Equal(["first", "later line", "later file"], bag.Sorted().Select(d => d.Message));
        Assert.True(bag.HasErrors);
    }
}
