using EditionGen.Ingest.Reading.Features;

namespace EditionGen.Tests.Ingest.Reading.Features;

public class SeedPairsSpecs
{
    private static readonly string[] Texts = ["春耕忙", "农机响", "种子足", "化肥到", "田间绿", "春耕忙农机响"];

    [Fact]
    public void A_window_that_lines_have_left_compares_like_one_made_afresh()
    {
        var pairs = SeedPairs.Of(PrintedLines.Of(Texts));
        var (left, fresh) = pairs.Windows();
        foreach (var line in new[] { 0, 1, 2, 3 }) pairs.Add(line, left);
        pairs.Remove(0, left);
        pairs.Remove(2, left);
        foreach (var line in new[] { 1, 3 }) pairs.Add(line, fresh);

        Assert.Equal(fresh.Counted.ToArray().Order(), left.Counted.ToArray().Order());
        Assert.Equal(fresh.Norm, left.Norm, 9);
        Assert.Equal(1.0, pairs.Cosine(left, fresh), 9);
    }

    [Fact]
    public void Texts_that_share_no_pair_have_a_cosine_of_zero_and_shared_pairs_raise_it()
    {
        var pairs = SeedPairs.Of(PrintedLines.Of(Texts));
        var (a, b) = pairs.Windows();
        pairs.Add(5, a);
        pairs.Add(2, b);
        Assert.Equal(0.0, pairs.Cosine(a, b));

        pairs.Add(0, b);
        Assert.InRange(pairs.Cosine(a, b), 0.1, 0.99);
    }

    [Fact]
    public void The_lines_above_a_sweep_are_the_nearest_that_hold_the_pairs_asked_for()
    {
        var pairs = SeedPairs.Of(PrintedLines.Of(Texts));
        var (window, expected) = pairs.Windows();
        var above = new LinesAbove(pairs, window, reach: 4);
        foreach (var line in new[] { 0, 1, 2, 3, 4 }) above.Push(line);
        pairs.Add(3, expected);
        pairs.Add(4, expected);

        Assert.Equal(expected.Counted.ToArray().Order(), above.Window.Counted.ToArray().Order());
    }

    [Fact]
    public void The_lines_below_a_sweep_stop_where_they_are_told_to_and_go_on_after_it()
    {
        var pairs = SeedPairs.Of(PrintedLines.Of(Texts));
        var (window, expected) = pairs.Windows();
        var below = new LinesBelow(pairs, window, reach: 100, count: Texts.Length, stops: line => line == 3);

        below.Below(0);
        foreach (var line in new[] { 1, 2 }) pairs.Add(line, expected);
        Assert.Equal(expected.Counted.ToArray().Order(), below.Window.Counted.ToArray().Order());

        below.Below(3);
        expected.Clear();
        foreach (var line in new[] { 4, 5 }) pairs.Add(line, expected);
        Assert.Equal(expected.Counted.ToArray().Order(), below.Window.Counted.ToArray().Order());
    }
}
