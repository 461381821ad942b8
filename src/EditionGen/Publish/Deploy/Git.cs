using System.ComponentModel;
using CliWrap;
using CliWrap.Buffered;

namespace EditionGen.Publish.Deploy;

/// <summary>Runs git through CliWrap in one repository, with an optional index file of its own.</summary>
internal sealed class Git(string workingDirectory, IReadOnlyDictionary<string, string?> environment)
{
    public async Task<BufferedCommandResult> TryRunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        try
        {
            return await CliWrap.Cli.Wrap("git")
                .WithArguments(arguments)
                .WithWorkingDirectory(workingDirectory)
                .WithEnvironmentVariables(environment)
                .WithValidation(CommandResultValidation.None)
                .ExecuteBufferedAsync(cancellationToken);
        }
        catch (Win32Exception e)
        {
            throw new DeployException(workingDirectory,
                $"git could not be started ({e.Message}). Install git and make sure it is on PATH, then deploy again.");
        }
    }

    /// <summary>Runs git and returns its trimmed standard output; a non-zero exit becomes a <see cref="DeployException"/>.</summary>
    public async Task<string> RunAsync(IEnumerable<string> arguments, string failure, CancellationToken cancellationToken)
    {
        var list = arguments.ToList();
        var result = await TryRunAsync(list, cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new DeployException(workingDirectory,
                $"{failure}: 'git {string.Join(' ', list)}' exited with {result.ExitCode}: {result.StandardError.Trim()}");
        }

        return result.StandardOutput.Trim();
    }
}
