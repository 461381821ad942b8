namespace EditionGen.Cli;

/// <summary>The <c>editiongen</c> command line: parses arguments and maps outcomes to exit codes.</summary>
public static class CliApplication
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine(EditionGen.Diagnostics.Diagnostic.Error("EG0000", new("x", 1, 1), "no command yet"));
        return Usage;
    }
}
