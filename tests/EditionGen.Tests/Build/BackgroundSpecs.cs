using EditionGen.Build;

namespace EditionGen.Tests.Build;

public class BackgroundSpecs
{
    [Fact]
    public async Task Work_started_in_the_background_runs_on_a_thread_of_its_own_and_leaves_the_pool_to_the_stages()
    {
        var onPool = await Background.Start(() => Thread.CurrentThread.IsThreadPoolThread);

        Assert.False(onPool);
    }
}
