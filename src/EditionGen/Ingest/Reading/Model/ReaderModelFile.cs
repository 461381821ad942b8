using System.IO.Compression;
using System.Text;
using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Ingest.Reading.Model;

/// <summary>
/// Reads and writes the model file: a compressed little-endian binary with a header naming the format and
/// the labels in order and the number of passes (one or two), then for each pass the temperature, the
/// transitions, then each feature's hash and its non-zero weights, in hash order so that the same model
/// always gives the same bytes; last the language's character pairs. Files of the first version hold one
/// pass, no count and no pairs.
/// </summary>
public static class ReaderModelFile
{
    private const string Magic = "EGREADER";
    private const int Version = 2;

    /// <summary>The model trained on the corpus and shipped inside the library.</summary>
    public static ReaderModel Shipped => LazyShipped.Value;

    private static readonly Lazy<ReaderModel> LazyShipped = new(() =>
    {
        using var stream = typeof(ReaderModelFile).Assembly.GetManifestResourceStream("reader/reader.model")
            ?? throw new InvalidOperationException("the trained reader model is missing from the library");
        return Read(stream);
    });

    public static void Write(ReaderModel model, Stream output)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        using var zip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(zip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(LineLabels.Count);
        foreach (var label in LineLabels.All) writer.Write(label.Name());
        writer.Write(model.Second is null ? 1 : 2);
        WritePass(model.First, writer);
        if (model.Second is not null) WritePass(model.Second, writer);
        WritePairs(model.Pairs, writer);
    }

    /// <summary>The pairs in key order, each as the distance from the key before and the issue count.</summary>
    private static void WritePairs(CharacterPairs pairs, BinaryWriter writer)
    {
        writer.Write(pairs.Count);
        var previous = 0u;
        foreach (var (key, issues) in pairs.All)
        {
            writer.Write7BitEncodedInt((int)(key - previous));
            writer.Write(issues);
            previous = key;
        }
    }

    private static CharacterPairs ReadPairs(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var keys = new uint[count];
        var issues = new byte[count];
        var previous = 0u;
        for (var i = 0; i < count; i++)
        {
            previous += (uint)reader.Read7BitEncodedInt();
            keys[i] = previous;
            issues[i] = reader.ReadByte();
        }

        return new CharacterPairs(keys, issues);
    }

    private static void WritePass(LabelModel model, BinaryWriter writer)
    {
        writer.Write(model.Temperature);
        foreach (var t in model.Transitions) writer.Write(t);
        var rows = model.Rows.OrderBy(r => r.Key).ToList();
        writer.Write(rows.Count);
        foreach (var (hash, row) in rows)
        {
            var weights = model.Row(row);
            writer.Write(hash);
            byte nonZero = 0;
            foreach (var w in weights) nonZero += w != 0 ? (byte)1 : (byte)0;
            writer.Write(nonZero);
            for (var l = 0; l < weights.Length; l++)
            {
                if (weights[l] == 0) continue;
                writer.Write((byte)l);
                writer.Write(weights[l]);
            }
        }
    }

    public static ReaderModel Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var zip = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(zip, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic) throw new InvalidDataException("not an EditionGen reader model");
        var version = reader.ReadInt32();
        if (version is < 1 or > Version) throw new InvalidDataException($"reader model version {version} is not supported (expected {Version})");
        var count = reader.ReadInt32();
        var names = Enumerable.Range(0, count).Select(_ => reader.ReadString()).ToList();
        if (!names.SequenceEqual(LineLabels.All.Select(l => l.Name()), StringComparer.Ordinal))
            throw new InvalidDataException("the reader model was trained with other labels; train it again");
        var passes = version == 1 ? 1 : reader.ReadInt32();
        if (passes is < 1 or > 2) throw new InvalidDataException($"a reader model has one or two passes, not {passes}");
        var first = ReadPass(reader, count);
        var second = passes == 2 ? ReadPass(reader, count) : null;
        return new ReaderModel(first, second, version == 1 ? CharacterPairs.None : ReadPairs(reader));
    }

    private static LabelModel ReadPass(BinaryReader reader, int count)
    {
        var temperature = reader.ReadSingle();
        var transitions = new float[(count + 1) * count];
        for (var i = 0; i < transitions.Length; i++) transitions[i] = reader.ReadSingle();
        var features = reader.ReadInt32();
        var rows = new Dictionary<ulong, int>(features);
        var weights = new float[features * count];
        for (var r = 0; r < features; r++)
        {
            rows.Add(reader.ReadUInt64(), r);
            int nonZero = reader.ReadByte();
            for (var k = 0; k < nonZero; k++)
            {
                int label = reader.ReadByte();
                weights[r * count + label] = reader.ReadSingle();
            }
        }

        return new LabelModel(rows, weights, transitions, temperature);
    }
}
