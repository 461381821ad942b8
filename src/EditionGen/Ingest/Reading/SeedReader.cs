using EditionGen.Ingest.Reading.Decoding;
using EditionGen.Ingest.Reading.Features;
using EditionGen.Ingest.Reading.Labels;
using EditionGen.Ingest.Reading.Model;

namespace EditionGen.Ingest.Reading;

/// <summary>
/// Labels every line of a seed with the trained model: features, one decoding over the whole seed, and, when
/// the model has a second pass, a second decoding that also weighs the first one's labels of the lines around;
/// last, a headline that would head no text is mended (<see cref="OrphanHeadlines"/>).
/// </summary>
public static class SeedReader
{
    public static LabeledSeed Label(string text, ReaderModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Label(ReaderLine.Split(text), model);
    }

    public static LabeledSeed Label(IReadOnlyList<ReaderLine> lines, ReaderModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        model ??= ReaderModelFile.Shipped;
        var pairs = SeedPairs.Of(lines);
        var features = LineFeatures.Extract(lines, SeedProfile.Of(lines), model.Pairs, pairs);
        var pass = LabelPass.Run(model.First, lines, features, openings: model.Second is null);
        var structure = model.First;
        if (model.Second is not null)
        {
            pass = Combine(pass, LabelPass.Run(model.Second, lines, features, LabelContext.Extract(lines, pass.Path, pass.Marginals, pairs), openings: true));
            structure = model.Second;
        }

        var path = OrphanHeadlines.Mend(pass.Path, pass.Emissions, structure);
        return new LabeledSeed(lines, path.Select(p => (LineLabel)p).ToList(), pass.Marginals, pass.Openings);
    }

    /// <summary>
    /// The second pass decides the structure: where articles start, headline roles, cut joins. Where both
    /// passes see a line of text in an article, which kind of text it is (a list item, a note, a byline) is the
    /// first pass's, which reads that from the line itself at least as well.
    /// </summary>
    private static LabelPass Combine(LabelPass first, LabelPass second)
    {
        var path = (int[])second.Path.Clone();
        var marginals = (double[][])second.Marginals.Clone();
        for (var i = 0; i < path.Length; i++)
        {
            if (!IsTextKind(first.Path[i]) || !IsTextKind(second.Path[i])) continue;
            path[i] = first.Path[i];
            marginals[i] = first.Marginals[i];
        }

        return second with { Path = path, Marginals = marginals };
    }

    private static bool IsTextKind(int label) => ((LineLabel)label).IsTextStart() && (LineLabel)label != LineLabel.Start;
}
