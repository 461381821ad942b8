using EditionGen.Diagnostics;

namespace EditionGen.Publish;

/// <summary>
/// Carrying unchanged files of the previous output into the staging folder as hard links: nothing is copied
/// and nothing of the previous output is changed, so a build killed at any point still leaves the previous
/// output whole, and the swap stays one rename.
/// </summary>
public sealed partial class StagedOutput
{
    /// <summary>The full path of <paramref name="relativePath"/> in the output as it is before the swap, or null when it is not a plain file there.</summary>
    public string? Previous(string relativePath)
    {
        if (OutputPath.Refusal(relativePath) is not null) return null;
        var full = OutputPath.Under(OutputDirectory, relativePath);
        return full is not null && File.Exists(full) ? full : null;
    }

    /// <summary>Puts the previous output's file at <paramref name="relativePath"/> into the staging folder unchanged.</summary>
    /// <exception cref="OutputException">As for <see cref="Write"/>.</exception>
    public void Reuse(string relativePath, string? origin = null)
    {
        ThrowIfFinished();
        var location = SourceLocation.File(origin ?? relativePath);
        var from = Previous(relativePath);
        var to = OutputPath.Refusal(relativePath) is null ? OutputPath.Under(StagingDirectory, relativePath) : null;
        if (from is null || to is null)
        {
            throw new OutputException(Diagnostic.Error(DiagnosticCodes.OutputWrite, location,
                $"could not reuse '{relativePath}' from the previous output: it is gone; build again with --no-cache."));
        }

        if (!_written.TryAdd(relativePath, relativePath))
        {
            throw new OutputException(Diagnostic.Error(DiagnosticCodes.OutputDuplicate, location,
                $"'{relativePath}' is written twice (paths are compared ignoring case, as Windows and macOS do); give each file its own path."));
        }

        try
        {
            EnsureFolder(Path.GetDirectoryName(to)!);
            HardLink.CreateOrCopy(from, to);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new OutputException(Diagnostic.Error(DiagnosticCodes.OutputWrite, location,
                $"could not carry '{relativePath}' into {StagingDirectory}: {exception.Message}"), exception);
        }
    }

    /// <summary>The full path a file was staged at, to read its length and time after writing.</summary>
    public string StagedPath(string relativePath) => OutputPath.Under(StagingDirectory, relativePath)!;
}
