using System.Text;
using EditionGen.Ingest.Parsing;
using EditionGen.Model;

namespace EditionGen.Tests.Ingest.Parsing;

public class ConventionSpecs
{
    /// <summary>
    /// Prints an issue back as a seed: with indented paragraphs and one blank line between articles, or with
    /// blank lines between paragraphs; paragraphs wrapped at <paramref name="width"/> characters (0: not wrapped).
    /// </summary>
    private static string Reprint(Issue issue, bool indents, int width)
    {
        var seed = new StringBuilder("2023年5月30日\n星期二\n\n");
        foreach (var article in issue.Articles)
        {
            foreach (var line in new[] { article.Kicker, article.Title, article.Subtitle, article.Column })
            {
                if (line is not null) seed.Append(line).Append('\n');
            }

            if (article.Byline is { } byline && !article.Blocks.Any(b => b.Text.Contains(byline, StringComparison.Ordinal)))
                seed.Append('□').Append(byline).Append('\n');
            if (!indents) seed.Append('\n');
            foreach (var block in article.Blocks)
            {
                if (block.Type == BlockType.Subhead)
                {
                    seed.Append(block.Text).Append(indents ? "\n" : "\n\n");
                    continue;
                }

                if (indents) seed.Append("\u3000\u3000");
                var step = width == 0 ? block.Text.Length : width;
                for (var i = 0; i < block.Text.Length; i += step)
                    seed.Append(block.Text.AsSpan(i, Math.Min(step, block.Text.Length - i))).Append('\n');
                foreach (var item in block.Items ?? []) seed.Append(item).Append('\n');
                if (!indents) seed.Append('\n');
            }

            seed.Append('\n');
        }

        return seed.ToString();
    }

    [Theory]
    [InlineData(true, 28)]
    [InlineData(false, 35)]
    [InlineData(false, 19)]
    [InlineData(true, 17)]
    [InlineData(true, 0)]
    [InlineData(false, 23)]
    public void The_sample_printed_with_indented_or_wrapped_paragraphs_reads_the_same(bool indents, int width) => ReadsTheSame(indents, width);

    [Theory]
    [InlineData(28)]
    [InlineData(0)]
    public void The_sample_printed_with_paragraphs_indented_by_a_tab_reads_the_same(int width) =>
        ReadsTheSame(true, width, seed => seed.Replace("\u3000\u3000", "\t", StringComparison.Ordinal));

    private static void ReadsTheSame(bool indents, int width, Func<string, string>? relay = null)
    {
        var original = IssueParser.Parse(SampleSeed.Text(), SampleSeed.Name);
        var continued = original.Articles.Select(a => a.ContinuedTo).ToList();

        var seed = Reprint(original, indents, width);
        var reprinted = IssueParser.Parse(relay is null ? seed : relay(seed), "reprinted.txt");

        Assert.Equal(original.Articles.Count, reprinted.Articles.Count);
        for (var i = 0; i < original.Articles.Count; i++)
        {
            var (expected, actual) = (original.Articles[i], reprinted.Articles[i]);
            Assert.Equal(expected.Title, actual.Title);
            Assert.Equal(expected.Kicker, actual.Kicker);
            Assert.Equal(expected.Subtitle, actual.Subtitle);
            Assert.Equal(expected.Column, actual.Column);
            Assert.Equal(expected.Byline, actual.Byline);
            Assert.Equal(expected.Blocks.Select(b => (b.Type, b.Text)), actual.Blocks.Select(b => (b.Type, b.Text)));
        }

        Assert.Equal(2, continued[0]);
    }
}
