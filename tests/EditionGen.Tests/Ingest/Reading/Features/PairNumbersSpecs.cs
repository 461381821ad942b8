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

    [Fact]
    public void A_pair_is_found_only_once_numbered_and_its_first_character_is_marked()
    {
        var numbers = new PairNumbers();
        numbers.NumberOf('春' << 16 | '耕');

        Assert.True(numbers.TryFind('春' << 16 | '耕', out var number));
        Assert.Equal(0, number);
        Assert.False(numbers.TryFind('备' << 16 | '耕', out _));

        var starts = new ulong[(char.MaxValue + 1) / 64];
        numbers.MarkFirstCharacters(starts);
        Assert.Equal(1UL << ('春' & 63), starts['春' >> 6]);
        Assert.Equal(1, starts.Sum(bits => System.Numerics.BitOperations.PopCount(bits)));
    }
}
