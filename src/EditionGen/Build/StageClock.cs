using System.Diagnostics;

namespace EditionGen.Build;

/// <summary>Adds up the time spent in each stage, even when stages take turns page by page.</summary>
internal sealed class StageClock
{
    private readonly Dictionary<BuildStage, TimeSpan> _totals = [];
    private long _last = Stopwatch.GetTimestamp();

    public IReadOnlyDictionary<BuildStage, TimeSpan> Totals => _totals;

    /// <summary>Charges the time since the previous lap to <paramref name="stage"/>.</summary>
    public void Lap(BuildStage stage)
    {
        var now = Stopwatch.GetTimestamp();
        _totals[stage] = _totals.GetValueOrDefault(stage) + Stopwatch.GetElapsedTime(_last, now);
        _last = now;
    }
}
