using EditionGen.Build;

namespace EditionGen.Cli.Output;

/// <summary>Hands each progress report to an action on the reporting thread, unlike <see cref="Progress{T}"/>, which posts it later.</summary>
internal sealed class ProgressHandler(Action<BuildProgress> handle) : IProgress<BuildProgress>
{
    public void Report(BuildProgress value) => handle(value);
}
