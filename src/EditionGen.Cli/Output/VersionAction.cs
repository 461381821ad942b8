using System.CommandLine;
using System.CommandLine.Invocation;

namespace EditionGen.Cli.Output;

/// <summary>
/// <c>editiongen --version</c>: prints the tool's package version, the one <c>dotnet tool list</c> shows and
/// <c>.config/dotnet-tools.json</c> pins (the default would name the program that hosts the command line).
/// </summary>
internal sealed class VersionAction(CliConsole console) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        console.Out.WriteLine(ToolVersion.Package);
        return CliApplication.Success;
    }
}
