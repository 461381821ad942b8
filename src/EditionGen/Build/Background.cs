namespace EditionGen.Build;

/// <summary>
/// Work a build starts at its beginning and collects later (the last build's state, the ingest cache, the listing of
/// the output), each on a thread of its own. On the thread pool, such work holds the pool's threads for hundreds of
/// milliseconds: on a machine with two processors the pool has two threads at first, and a stage's parallel loop then
/// waits for a pool thread to come free before it can finish, while the work it waits for is not its own.
/// </summary>
internal static class Background
{
    public static Task<T> Start<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
