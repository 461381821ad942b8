namespace EditionGen.Ingest.Reading.Training;

/// <summary>
/// What the reader is trained on: the gold issues of the corpus folders (those whose names start with one of
/// the prefixes, or all), the hand-made seed-shaped issues counted <c>handMadeWeight</c> times each, and the
/// re-laid copies of both (<see cref="GoldLayouts"/>).
/// </summary>
public static class TrainingSet
{
    public static IReadOnlyList<GoldIssue> Compose(IReadOnlyList<string> corpus, IReadOnlyCollection<string> prefixes, IReadOnlyList<string> handMade, double handMadeWeight)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(handMade);
        var corpusIssues = GoldIssue.LoadAll(corpus, prefixes);
        var handMadeIssues = GoldIssue.LoadAll(handMade, [], handMadeWeight);
        if (corpusIssues.Count + handMadeIssues.Count == 0) return [];
        return corpusIssues.Concat(handMadeIssues)
            .Concat(GoldLayouts.Variants(corpusIssues))
            .Concat(GoldLayouts.AllVariants(handMadeIssues))
            .ToList();
    }
}
