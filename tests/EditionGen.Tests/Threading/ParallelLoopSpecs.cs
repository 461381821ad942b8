using System.Collections.Concurrent;
using EditionGen.Threading;

namespace EditionGen.Tests.Threading;

public class ParallelLoopSpecs
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void Every_index_is_run_once_whatever_the_number_of_jobs(int jobs)
    {
        var runs = new int[1000];

        ParallelLoop.For(runs.Length, jobs, i => Interlocked.Increment(ref runs[i]));

        Assert.All(runs, count => Assert.Equal(1, count));
    }

    [Fact]
    public void Failures_are_thrown_together_once_every_other_index_has_run()
    {
        var ran = new ConcurrentBag<int>();

        var thrown = Assert.Throws<AggregateException>(() => ParallelLoop.For(50, 4, i =>
        {
            if (i % 10 == 3) throw new InvalidDataException($"index {i}");
            ran.Add(i);
        }));

        Assert.Equal(["index 13", "index 23", "index 3", "index 33", "index 43"], thrown.InnerExceptions.Select(e => e.Message).Order(StringComparer.Ordinal));
        Assert.Equal(45, ran.Count);
    }

    [Fact]
    public void A_loop_over_nothing_runs_nothing()
    {
        var ran = false;

        ParallelLoop.For(0, 4, _ => ran = true);

        Assert.False(ran);
    }
}
