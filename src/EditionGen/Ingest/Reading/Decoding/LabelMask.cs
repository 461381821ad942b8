using EditionGen.Ingest.Parsing;
using EditionGen.Ingest.Reading.Features;
using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Ingest.Reading.Decoding;

/// <summary>
/// Labels a line cannot have whatever the weights say: a page marker is a line in a page marker's form. The
/// decoder never gives such a label, in training as in reading.
/// </summary>
public static class LabelMask
{
    public const float Impossible = -1e4f;

    public static void Apply(IReadOnlyList<ReaderLine> lines, float[][] emissions, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(emissions);
        for (var i = 0; i < emissions.Length; i++)
        {
            if (PageMarkers.Read(lines[offset + i].Text) is null) emissions[i][(int)LineLabel.PageMarker] = Impossible;
        }
    }
}
