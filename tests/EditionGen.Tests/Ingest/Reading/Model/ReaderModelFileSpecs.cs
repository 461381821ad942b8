using System.IO.Compression;
using System.Text;
using EditionGen.Ingest.Reading.Labels;
using EditionGen.Ingest.Reading.Model;

namespace EditionGen.Tests.Ingest.Reading.Model;

public class ReaderModelFileSpecs
{
    [Fact]
    public void A_model_with_two_passes_and_character_pairs_reads_back_as_it_was_written()
    {
        var model = new ReaderModel(Pass(1f), Pass(2f), new CharacterPairs([('产' << 16) | '建', ('建' << 16) | '设'], [3, 40]));

        var read = ReaderModelFile.Read(new MemoryStream(Bytes(model)));

        Assert.NotNull(read.Second);
        Assert.Equal(model.First.Row(0).ToArray(), read.First.Row(0).ToArray());
        Assert.Equal(model.Second!.Row(0).ToArray(), read.Second!.Row(0).ToArray());
        Assert.Equal(model.Second.Transitions, read.Second.Transitions);
        Assert.Equal(1, read.Pairs.Commonness('产', '建'));
        Assert.Equal(3, read.Pairs.Commonness('建', '设'));
        Assert.Equal(0, read.Pairs.Commonness('设', '产'));
        Assert.Equal(Bytes(model), Bytes(read));
    }

    [Fact]
    public void A_model_of_the_first_version_reads_as_one_pass_without_character_pairs()
    {
        var pass = Pass(3f);
        using var file = new MemoryStream();
        using (var zip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(zip, Encoding.UTF8))
        {
            writer.Write("EGREADER");
            writer.Write(1);
            writer.Write(LineLabels.Count);
            foreach (var label in LineLabels.All) writer.Write(label.Name());
            writer.Write(pass.Temperature);
            foreach (var t in pass.Transitions) writer.Write(t);
            writer.Write(1);
            writer.Write(42UL);
            writer.Write((byte)1);
            writer.Write((byte)LineLabel.Title);
            writer.Write(3f);
        }

        var read = ReaderModelFile.Read(new MemoryStream(file.ToArray()));

        Assert.Null(read.Second);
        Assert.Equal(0, read.Pairs.Count);
        Assert.Equal(3f, read.First.Row(read.First.Rows[42UL])[(int)LineLabel.Title]);
    }

    [Fact]
    public void The_shipped_model_has_a_second_pass_and_knows_common_character_pairs()
    {
        var shipped = ReaderModelFile.Shipped;

        Assert.NotNull(shipped.Second);
        Assert.True(shipped.Pairs.Count > 10_000, $"only {shipped.Pairs.Count} pairs");
        Assert.Equal(3, shipped.Pairs.Commonness('中', '国'));
    }

    private static LabelModel Pass(float weight)
    {
        var labels = LineLabels.Count;
        var weights = new float[labels];
        weights[(int)LineLabel.Paragraph] = weight;
        var transitions = Enumerable.Range(0, (labels + 1) * labels).Select(i => i % 7 * weight).ToArray();
        return new LabelModel(new Dictionary<ulong, int> { [7UL] = 0 }, weights, transitions, 32f);
    }

    private static byte[] Bytes(ReaderModel model)
    {
        using var stream = new MemoryStream();
        ReaderModelFile.Write(model, stream);
        return stream.ToArray();
    }
}
