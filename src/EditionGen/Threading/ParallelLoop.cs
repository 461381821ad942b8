using System.Collections.Concurrent;

namespace EditionGen.Threading;

/// <summary>
/// A loop over the indexes 0 to count − 1 on at most <c>jobs</c> threads, the calling thread one of them. Unlike
/// <see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/>, it never waits for a helper that has not started:
/// while the thread pool is busy with other work, the calling thread takes every index left and returns once each
/// index taken has been run; a helper that starts later finds nothing to do. Its code is compiled ahead of time with
/// the rest of EditionGen, where the framework's loop over an index is compiled again at the start of every build.
/// </summary>
internal static class ParallelLoop
{
    /// <summary>Runs <paramref name="body"/> once for each index; the failures of any of them are thrown together once all have run.</summary>
    /// <exception cref="AggregateException">One or more runs of <paramref name="body"/> threw; the other indexes were still run.</exception>
    public static void For(int count, int jobs, Action<int> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (count <= 0) return;
        var helpers = Math.Min(Math.Max(1, jobs), count) - 1;
        var loop = new Loop(count, body);
        for (var h = 0; h < helpers; h++) ThreadPool.UnsafeQueueUserWorkItem(loop, preferLocal: false);
        loop.Execute();
        loop.Wait();
    }

    // The event is never disposed: a helper may still be leaving Set when the caller returns, and without a wait handle
    // asked of it the event holds nothing to release.
    private sealed class Loop(int count, Action<int> body) : IThreadPoolWorkItem
    {
        private readonly ManualResetEventSlim _finished = new();
        private readonly ConcurrentQueue<Exception> _failures = new();
        private int _next = -1;
        private int _done;

        public void Execute()
        {
            int index;
            while ((index = Interlocked.Increment(ref _next)) < count)
            {
                try
                {
                    body(index);
                }
                catch (Exception exception)
                {
                    _failures.Enqueue(exception);
                }
                finally
                {
                    if (Interlocked.Increment(ref _done) == count) _finished.Set();
                }
            }
        }

        public void Wait()
        {
            _finished.Wait();
            if (!_failures.IsEmpty) throw new AggregateException(_failures);
        }
    }
}
