namespace EditionGen.Cli.Output;

/// <summary>How much the command line prints: <c>--quiet</c>, the default, or <c>--verbose</c>.</summary>
public enum Verbosity
{
    /// <summary>Errors only: no progress, no warnings, no summary.</summary>
    Quiet,

    /// <summary>Progress, a summary of the findings and of the build.</summary>
    Normal,

    /// <summary>Every finding, one line each, and everything of <see cref="Normal"/>.</summary>
    Verbose,
}
