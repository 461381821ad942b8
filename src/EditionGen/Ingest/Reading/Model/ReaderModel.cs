namespace EditionGen.Ingest.Reading.Model;

/// <summary>
/// The trained reader: a first pass that labels each line from the evidence of the line and its neighbours,
/// and a second pass that reads again with the first pass's labels of the lines around as evidence too (what
/// article a line would stand in, how many subheads that article already has, whether a lead follows), so
/// that decisions that depend on more than the next few lines are made on what the whole page looks like.
/// Both passes also weigh how common in the language the characters across each line join are (<see cref="Pairs"/>).
/// </summary>
public sealed record ReaderModel(LabelModel First, LabelModel? Second, CharacterPairs Pairs)
{
    public int FeatureCount => First.FeatureCount + (Second?.FeatureCount ?? 0);
}
