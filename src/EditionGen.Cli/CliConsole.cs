using EditionGen.Cli.Output;
using EditionGen.Diagnostics;

namespace EditionGen.Cli;

/// <summary>Where the commands write: results to standard output, diagnostics to standard error.</summary>
public sealed class CliConsole(TextWriter stdout, TextWriter stderr)
{
    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    /// <summary>Set from <c>--quiet</c> and <c>--verbose</c> once the arguments are parsed.</summary>
    public Verbosity Verbosity { get; set; } = Verbosity.Normal;

    /// <summary>True when CI is set in the environment, as continuous-integration services do.</summary>
    public static bool InCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>True when standard output is a terminal, not redirected and not in CI, so live progress makes sense.</summary>
    public bool IsInteractive => ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected && !InCi;

    /// <summary>Prints a line of information on standard output, unless <c>--quiet</c> was given.</summary>
    public void Say(string line)
    {
        if (Verbosity != Verbosity.Quiet) Out.WriteLine(line);
    }

    /// <summary>
    /// Prints findings as <c>path(line,col): error EG0101: message</c>, summarised by code when there are many
    /// (see <see cref="FindingsPrinter"/>).
    /// </summary>
    /// <param name="reportPath">Where every finding was written, as the user reads the path, if anywhere.</param>
    public void PrintFindings(IReadOnlyList<Diagnostic> findings, string? reportPath = null) =>
        FindingsPrinter.Print(Error, findings, Verbosity, reportPath);

    /// <summary>Exit code for a run with these findings.</summary>
    public static int ExitCode(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Any(d => d.IsError) ? CliApplication.Failure : CliApplication.Success;
}
