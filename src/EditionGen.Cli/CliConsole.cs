using EditionGen.Diagnostics;

namespace EditionGen.Cli;

/// <summary>Where the commands write: results to standard output, diagnostics to standard error.</summary>
public sealed class CliConsole(TextWriter stdout, TextWriter stderr)
{
    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    /// <summary>True when standard output is a terminal and not redirected, so live progress makes sense.</summary>
    public bool IsInteractive => ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>Prints each diagnostic as <c>path(line,col): error EG0101: message</c>.</summary>
    public void PrintDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) Error.WriteLine(diagnostic.ToString());
    }

    /// <summary>Exit code for a run with these findings.</summary>
    public static int ExitCode(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Any(d => d.IsError) ? CliApplication.Failure : CliApplication.Success;
}
