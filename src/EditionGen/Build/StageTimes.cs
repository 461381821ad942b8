using System.Diagnostics;

namespace EditionGen.Build;

/// <summary>
/// Adds up the time spent in each stage. Pages go through render, validate and publish on
/// several threads at once, so a stage's total can exceed the build's wall-clock time.
/// </summary>
internal sealed class StageTimes
{
    private readonly long[] _ticks = new long[Enum.GetValues<BuildStage>().Length];

    public IReadOnlyDictionary<BuildStage, TimeSpan> Totals =>
        Enum.GetValues<BuildStage>().ToDictionary(s => s, s => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[(int)s])));

    /// <summary>Charges the time since <paramref name="since"/> to <paramref name="stage"/> and returns the new start.</summary>
    public long Charge(BuildStage stage, long since)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Add(ref _ticks[(int)stage], now - since);
        return now;
    }

    public T Measure<T>(BuildStage stage, Func<T> work)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            Charge(stage, start);
        }
    }
}
