using EditionGen.Ingest.Reading.Labels;

namespace EditionGen.Ingest.Reading.Assembly;

/// <summary>An article while its labelled lines are gathered: pieces in printed order, each a label and its lines.</summary>
internal sealed class ArticleDraft(int page, bool headlineFollows)
{
    public int Page { get; } = page;

    public List<Piece> Pieces { get; } = [];

    /// <summary>Opened by text whose headline is printed after it; true until that headline is read.</summary>
    public bool AwaitsHeadline { get; set; } = headlineFollows;

    /// <summary>Whether a headline printed after the text is being read, or was read: then nothing more belongs here.</summary>
    public bool ReadingTrailingHeadline { get; set; }

    public bool HasText => Pieces.Any(p => !p.Label.IsHeadline());

    public void Add(LineLabel label, int index) => Pieces.Add(new Piece(label, [index]));

    /// <summary>One headline line or one block of text, and the indexes of the lines it is made of.</summary>
    internal sealed record Piece(LineLabel Label, List<int> Lines);
}
