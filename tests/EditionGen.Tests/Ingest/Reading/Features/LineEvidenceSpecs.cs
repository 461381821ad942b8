using EditionGen.Ingest.Reading.Features;

namespace EditionGen.Tests.Ingest.Reading.Features;

public class LineEvidenceSpecs
{
    [Fact]
    public void How_a_short_line_ends_counts_only_where_it_stands_alone_between_blank_lines()
    {
        var alone = new ReaderLine(1, "市政府有关负责人表示", Indented: false, BlankBefore: true, BlankAfter: true);
        var wrapped = new ReaderLine(2, "市政府有关负责人表示", Indented: false, BlankBefore: false, BlankAfter: false);
        var profile = SeedProfile.Of([alone, wrapped]);

        Assert.Contains('v', LineEvidence.Of(alone, profile).Flags);
        Assert.DoesNotContain('v', LineEvidence.Of(wrapped, profile).Flags);
    }
}
