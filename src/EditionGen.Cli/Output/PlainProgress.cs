using System.Globalization;
using EditionGen.Build;

namespace EditionGen.Cli.Output;

/// <summary>
/// Build progress as plain lines, for logs and redirected output: one line when a stage starts and one
/// each time another tenth of its work is done, so a year of issues prints a few dozen lines at most.
/// </summary>
internal sealed class PlainProgress(TextWriter output) : IProgress<BuildProgress>
{
    private readonly Lock _gate = new();
    private BuildStage? _stage;
    private long _tenths;

    public void Report(BuildProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            var tenths = value.Total is > 0 ? (long)value.Done * 10 / value.Total.Value : 0;
            if (value.Stage == _stage && tenths <= _tenths) return;
            _stage = value.Stage;
            _tenths = tenths;
            output.WriteLine(Line(value));
        }
    }

    private static string Line(BuildProgress value)
    {
        var stage = value.Stage.ToString().ToLowerInvariant();
        return value.Total is { } total
            ? string.Create(CultureInfo.InvariantCulture, $"{stage,-8} {value.Done:N0}/{total:N0}")
            : stage;
    }
}
