using EditionGen.Ingest.Reading.Features;

namespace EditionGen.Tests.Ingest.Reading.Features;

public class PairNumbersSpecs
{
    [Fact]
    public void Pairs_are_numbered_in_the_order_they_are_first_met_and_keep_their_number()
    {
        var numbers = new PairNumbers();

        Assert.Equal(0, numbers.NumberOf('春' << 16 | '耕'));
        Assert.Equal(1, numbers.NumberOf('备' << 16 | '耕'));
        Assert.Equal(0, numbers.NumberOf('春' << 16 | '耕'));
        Assert.Equal(2, numbers.Count);
    }

    [Fact]
    public void Numbers_survive_the_table_growing_past_its_first_room_and_a_clear_starts_again_from_zero()
    {
        var numbers = new PairNumbers();
        var keys = Enumerable.Range(0, 20_000).Select(k => (0x4E00 + k / 100) << 16 | (0x4E00 + k % 100)).ToArray();
        foreach (var key in keys) numbers.NumberOf(key);

        Assert.Equal(Enumerable.Range(0, keys.Length), keys.Select(numbers.NumberOf));
        Assert.Equal(keys.Length, numbers.Count);

        numbers.Clear();
        Assert.Equal(0, numbers.Count);
        Assert.Equal(0, numbers.NumberOf(keys[^1]));
    }
}
