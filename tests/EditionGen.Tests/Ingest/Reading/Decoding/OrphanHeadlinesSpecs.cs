using EditionGen.Ingest.Reading.Decoding;
using EditionGen.Ingest.Reading.Labels;
using EditionGen.Ingest.Reading.Model;

namespace EditionGen.Tests.Ingest.Reading.Decoding;

public class OrphanHeadlinesSpecs
{
    private const LineLabel M = LineLabel.PageMarker;
    private const LineLabel K = LineLabel.Kicker;
    private const LineLabel T = LineLabel.Title;
    private const LineLabel S = LineLabel.Subtitle;
    private const LineLabel P = LineLabel.Paragraph;
    private const LineLabel Start = LineLabel.Start;

    [Fact]
    public void A_title_over_a_title_with_no_text_between_becomes_a_kicker_when_that_costs_least()
    {
        LineLabel[] read = [M, T, P, P, T, T, P];
        var emissions = Scores(read);
        emissions[4][(int)K] = 4f;

        var mended = OrphanHeadlines.Mend(Ints(read), emissions, Model());

        Assert.Equal(Ints([M, T, P, P, K, T, P]), mended);
    }

    [Fact]
    public void Three_lines_of_one_headline_take_kicker_title_and_subtitle_when_the_model_scores_them_so()
    {
        LineLabel[] read = [M, T, P, T, S, T, P];
        var emissions = Scores(read);
        emissions[3][(int)K] = 5.5f;
        emissions[4][(int)T] = 4.8f;
        emissions[5][(int)S] = 4.5f;

        var mended = OrphanHeadlines.Mend(Ints(read), emissions, Model());

        Assert.Equal(Ints([M, T, P, K, T, S, P]), mended);
    }

    [Fact]
    public void A_headline_printed_after_its_text_opens_its_article_at_the_line_likeliest_to_start_one()
    {
        LineLabel[] read = [M, T, P, P, P, T, T, P];
        var emissions = Scores(read);
        emissions[2][(int)Start] = 4.5f;
        emissions[3][(int)Start] = 4.8f;
        emissions[5][(int)K] = -5f;

        var mended = OrphanHeadlines.Mend(Ints(read), emissions, Model());

        Assert.Equal(Ints([M, T, P, Start, P, T, T, P]), mended);
    }

    [Fact]
    public void The_article_above_keeps_its_first_line_of_text_so_the_headlines_are_read_as_one()
    {
        LineLabel[] read = [M, T, P, T, T, P];
        var emissions = Scores(read);
        emissions[2][(int)Start] = 4.9f;
        emissions[3][(int)K] = -5f;

        var mended = OrphanHeadlines.Mend(Ints(read), emissions, Model());

        Assert.Equal(Ints([M, T, P, T, S, P]), mended);
    }

    [Fact]
    public void Text_right_under_a_page_marker_may_open_the_article_whose_headline_follows()
    {
        LineLabel[] read = [M, P, P, T, T, P];
        var emissions = Scores(read);
        emissions[1][(int)Start] = 4f;
        emissions[3][(int)K] = -5f;

        var mended = OrphanHeadlines.Mend(Ints(read), emissions, Model());

        Assert.Equal(Ints([M, Start, P, T, T, P]), mended);
    }

    [Fact]
    public void A_headline_after_text_opened_by_a_misread_start_heads_the_text_below_it_instead()
    {
        LineLabel[] read = [M, T, P, Start, P, T, P];
        var emissions = Scores(read);
        emissions[3][(int)P] = 4.5f;

        var mended = OrphanHeadlines.Mend(Ints(read), emissions, Model());

        Assert.Equal(Ints([M, T, P, P, P, T, P]), mended);
    }

    [Fact]
    public void The_last_line_of_a_headline_printed_after_its_text_heads_the_text_below_when_that_costs_least()
    {
        LineLabel[] read = [M, T, P, Start, P, T, S, P];
        var emissions = Scores(read);
        emissions[6][(int)T] = 4.5f;

        var mended = OrphanHeadlines.Mend(Ints(read), emissions, Model());

        Assert.Equal(Ints([M, T, P, Start, P, T, T, P]), mended);
    }

    [Fact]
    public void The_line_above_a_headline_that_heads_the_text_below_may_be_the_headline_of_the_text_above()
    {
        LineLabel[] read = [M, T, P, Start, P, P, T, P];
        var emissions = Scores(read);
        emissions[5][(int)T] = 4.5f;

        var mended = OrphanHeadlines.Mend(Ints(read), emissions, Model());

        Assert.Equal(Ints([M, T, P, Start, P, T, T, P]), mended);
    }

    [Fact]
    public void A_headline_that_ends_its_page_heads_the_text_above_it_from_the_line_likeliest_to_open_it()
    {
        LineLabel[] read = [M, T, P, P, P, T, M, T, P];
        var emissions = Scores(read);
        emissions[3][(int)Start] = 4.6f;
        emissions[4][(int)Start] = 4.2f;

        var mended = OrphanHeadlines.Mend(Ints(read), emissions, Model());

        Assert.Equal(Ints([M, T, P, Start, P, T, M, T, P]), mended);
    }

    [Fact]
    public void A_headline_that_ends_the_seed_may_head_text_opened_by_the_line_under_the_page_marker_read_as_a_one_line_headline()
    {
        LineLabel[] read = [M, T, P, P, K, T];
        var emissions = Scores(read);
        emissions[1][(int)Start] = 4.8f;
        emissions[3][(int)Start] = 4.1f;

        var mended = OrphanHeadlines.Mend(Ints(read), emissions, Model());

        Assert.Equal(Ints([M, Start, P, P, K, T]), mended);
    }

    [Theory]
    [InlineData(new[] { M, T, S, P, T, P })]
    [InlineData(new[] { M, Start, P, T, T, P })]
    [InlineData(new[] { M, K, T, P, P, T, P })]
    public void Headlines_that_head_text_are_left_as_read(LineLabel[] read)
    {
        var emissions = Scores(read);
        foreach (var line in emissions)
        {
            line[(int)K] = 4.9f;
            line[(int)Start] = 4.9f;
        }

        Assert.Equal(Ints(read), OrphanHeadlines.Mend(Ints(read), emissions, Model()));
    }

    [Fact]
    public void The_transitions_count_in_what_a_reading_costs()
    {
        LineLabel[] read = [M, T, P, P, T, T, P];
        var emissions = Scores(read);
        emissions[4][(int)K] = 4f;
        emissions[3][(int)Start] = 3f;
        var model = Model();
        model.Transitions[(int)K * LineLabels.Count + (int)T] = -10f;

        var mended = OrphanHeadlines.Mend(Ints(read), emissions, model);

        Assert.Equal(Ints([M, T, P, Start, T, T, P]), mended);
    }

    /// <summary>Emissions that score each line's read label 5 and every other label 0.</summary>
    private static float[][] Scores(LineLabel[] read) => read.Select(label =>
    {
        var line = new float[LineLabels.Count];
        line[(int)label] = 5f;
        return line;
    }).ToArray();

    private static int[] Ints(LineLabel[] labels) => labels.Select(l => (int)l).ToArray();

    private static LabelModel Model() => new([], [], new float[(LineLabels.Count + 1) * LineLabels.Count], 1f);
}
