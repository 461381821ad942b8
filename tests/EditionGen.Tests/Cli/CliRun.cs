using EditionGen.Cli;

namespace EditionGen.Tests.Cli;

/// <summary>Runs the <c>editiongen</c> command line in process and keeps what it printed.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApplication.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
