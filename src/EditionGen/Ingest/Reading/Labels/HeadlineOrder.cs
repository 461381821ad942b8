namespace EditionGen.Ingest.Reading.Labels;

/// <summary>
/// Which headline line may stand under which in one headline: kickers, then the title, then subtitles, with a
/// column label above or below. A title under a title or a kicker under a subtitle starts another article.
/// </summary>
internal static class HeadlineOrder
{
    public static bool CanFollow(LineLabel above, LineLabel below) => (above, below) switch
    {
        (LineLabel.Column, LineLabel.Kicker or LineLabel.Title) => true,
        (LineLabel.Kicker, LineLabel.Kicker or LineLabel.Title or LineLabel.Column) => true,
        (LineLabel.Title, LineLabel.Subtitle or LineLabel.Column) => true,
        (LineLabel.Subtitle, LineLabel.Subtitle or LineLabel.Column) => true,
        _ => false,
    };
}
