using System.Text.Json;
using EditionGen.Ingest.Reading.Features;
using EditionGen.Ingest.Reading.Labels;
using EditionGen.Ingest.Reading.Training;

namespace EditionGen.Tests.Ingest.Reading.Training;

public class GoldLabelsSpecs
{
    private static readonly ReaderLine[] Lines =
    [
        new(1, "主标题写在这里", false, true, true),
        new(3, "坚持问题导向，查改工作到位", false, true, true),
        new(5, "正文写了一件事。", false, true, true),
        new(7, "正文又写了一件事，写到一半", false, true, true),
        new(9, "被栏尾截断，接着写完。", false, true, true),
        new(11, "正文最后写了一件事。", false, true, true),
    ];

    private static JsonElement Gold(string paragraphs) => JsonDocument.Parse(
        $$"""{"articles": [{"lines": [1, 11], "headline_lines": [1], "kicker": null, "title": "主标题写在这里", "subtitle": null, "paragraphs": [{{paragraphs}}]}]}""").RootElement;

    [Fact]
    public void A_whole_paragraph_that_stops_without_ending_a_sentence_is_display_and_the_line_a_cut_resumes_is_a_continuation()
    {
        var gold = Gold("""
            {"text": "坚持问题导向，查改工作到位", "lines": [3, 3]},
            {"text": "正文写了一件事。", "lines": [5, 5]},
            {"text": "正文又写了一件事，写到一半被栏尾截断，接着写完。", "lines": [7, 9]},
            {"text": "正文最后写了一件事。", "lines": [11, 11]}
            """);

        var labels = GoldLabels.Of(Lines, gold);

        Assert.Equal([LineLabel.Title, LineLabel.Display, LineLabel.Paragraph, LineLabel.Paragraph, LineLabel.Continuation, LineLabel.Paragraph], labels);
    }

    [Fact]
    public void The_first_line_of_a_paragraph_of_several_lines_is_a_paragraph_even_when_the_whole_stops_mid_sentence()
    {
        var gold = Gold("""
            {"text": "坚持问题导向，查改工作到位", "lines": [3, 3]},
            {"text": "正文写了一件事。", "lines": [5, 5]},
            {"text": "正文又写了一件事，写到一半被栏尾截断", "lines": [7, 9]},
            {"text": "正文最后写了一件事。", "lines": [11, 11]}
            """);

        var labels = GoldLabels.Of(Lines, gold);

        Assert.Equal(LineLabel.Paragraph, labels[3]);
        Assert.Equal(LineLabel.Continuation, labels[4]);
    }
}
