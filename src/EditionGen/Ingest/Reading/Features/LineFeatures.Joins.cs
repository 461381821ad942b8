namespace EditionGen.Ingest.Reading.Features;

/// <summary>
/// The evidence of the joins between lines: whether the characters across a line's end and the next line's
/// start make words the seed and the language use, and whether a line could resume a paragraph left in
/// mid-sentence further up.
/// </summary>
public static partial class LineFeatures
{
    /// <summary>The joins the junction features will weigh: each line's with the line above, and with the line it could resume.</summary>
    private static IEnumerable<(string Above, string Below)> Joins(LineEvidence[] evidence, int?[] resumed)
    {
        for (var i = 1; i < evidence.Length; i++)
        {
            if (WeighsJoinAbove(evidence[i - 1], evidence[i])) yield return (evidence[i - 1].Text, evidence[i].Text);
            if (resumed[i] is { } j) yield return (evidence[j].Text, evidence[i].Text);
        }
    }

    private static bool WeighsJoinAbove(LineEvidence p, LineEvidence e) =>
        !e.Flags.Contains('M', StringComparison.Ordinal) && !p.Flags.Contains('M', StringComparison.Ordinal) && p.Length >= ShortestPiece;

    /// <summary>A line shorter than this is a heading or a name far more often than the first piece of a cut paragraph, so its join is not weighed.</summary>
    private const int ShortestPiece = 8;

    private static void Junction(List<ulong> f, JunctionEvidence junctions, LineEvidence p, LineEvidence e)
    {
        if (!WeighsJoinAbove(p, e)) return;
        if (junctions.Across(p.Text, e.Text) is not var (pair, triple, common))
        {
            f.Add(FeatureHasher.Hash("j.none", ""));
            return;
        }

        f.Add(FeatureHasher.Hash("j.pair", pair));
        f.Add(FeatureHasher.Hash("j.triple", triple));
        f.Add(FeatureHasher.Hash("j.both", pair * 10 + triple));
        f.Add(FeatureHasher.Hash("j.both|p.len", (pair * 10 + triple) * 1000 + p.LengthBucket));
        f.Add(FeatureHasher.Hash("j.common", common));
        f.Add(FeatureHasher.Hash("j.common|both", common * 100 + pair * 10 + triple));
        f.Add(FeatureHasher.Hash("j.common|p.len", common * 1000 + p.LengthBucket));
    }

    /// <summary>
    /// Whether the line could resume a paragraph left in mid-sentence a few lines up, when the line just above
    /// ends a sentence: where an extractor read a page's columns across articles, a cut paragraph goes on
    /// after another article's lines. Says how far up the nearest such line is and how well the two join.
    /// </summary>
    private static void Resumption(List<ulong> f, JunctionEvidence junctions, LineEvidence[] evidence, int i, int? resumed)
    {
        if (resumed is not { } j || junctions.Across(evidence[j].Text, evidence[i].Text) is not var (pair, _, common)) return;
        var distance = (i - j) switch { <= 3 => i - j, <= 6 => 4, <= 12 => 5, _ => 6 };
        f.Add(FeatureHasher.Hash("u.at", distance));
        f.Add(FeatureHasher.Hash("u.at|join", distance * 100 + common * 10 + pair));
        f.Add(FeatureHasher.Hash("u.join|o.c", common * 10 + (evidence[i].Flags.Contains('c', StringComparison.Ordinal) ? 1 : 0)));
    }

    /// <summary>The nearest line up the page (past the line above, which ends a sentence) that stops in mid-sentence between word characters and line i could go on with.</summary>
    private static int? Resumed(LineEvidence[] evidence, int i)
    {
        if (i < 2 || !evidence[i - 1].EndsSentence || evidence[i].Flags.Contains('M', StringComparison.Ordinal)) return null;
        for (var j = i - 2; j >= 0 && i - j <= ResumeReach; j--)
        {
            var above = evidence[j];
            if (above.Flags.Contains('M', StringComparison.Ordinal)) return null;
            if (above.Length < 12 || above.EndsSentence) continue;
            if (JunctionEvidence.Joinable(above.Text, evidence[i].Text)) return j;
        }

        return null;
    }

    private const int ResumeReach = 30;
}
