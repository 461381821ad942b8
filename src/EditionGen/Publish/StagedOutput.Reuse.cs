using System.Buffers;
using EditionGen.Diagnostics;
using EditionGen.Model;

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

    /// <summary>The length and time of the previous output's plain file at <paramref name="relativePath"/>, or null when there is none; read from the output's listing.</summary>
    public (long Length, long WrittenTicks)? PreviousStamp(string relativePath) =>
        OutputPath.Refusal(relativePath) is null ? Listing.Stamp(relativePath) : null;

    /// <summary>Puts the previous output's file at <paramref name="relativePath"/> into the staging folder unchanged.</summary>
    /// <param name="seen">The caller has just found the file in the previous output (see <see cref="PreviousStamp"/>): it is not looked for again.</param>
    /// <exception cref="OutputException">As for <see cref="Write"/>.</exception>
    public void Reuse(string relativePath, string? origin = null, bool seen = false)
    {
        ThrowIfFinished();
        var location = SourceLocation.File(origin ?? relativePath);
        if (seen && InPlace)
        {
            // A path PreviousStamp found is a plain one inside the output, and the file stays where it is.
            if (!_written.TryAdd(relativePath, relativePath)) throw Duplicate(relativePath, location);
            _kept[relativePath] = true;
            return;
        }

        var from = seen && OutputPath.Refusal(relativePath) is null ? OutputPath.Under(OutputDirectory, relativePath) : Previous(relativePath);
        var to = OutputPath.Refusal(relativePath) is null ? OutputPath.Under(StagingDirectory, relativePath) : null;
        if (from is null || to is null)
        {
            throw new OutputException(Diagnostic.Error(DiagnosticCodes.OutputWrite, location,
                $"could not reuse '{relativePath}' from the previous output: it is gone; build again with --no-cache."));
        }

        if (!_written.TryAdd(relativePath, relativePath)) throw Duplicate(relativePath, location);

        if (InPlace)
        {
            // The file stays where it is.
            _kept[relativePath] = true;
            return;
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

    private static OutputException Duplicate(string relativePath, SourceLocation location) =>
        new(Diagnostic.Error(DiagnosticCodes.OutputDuplicate, location,
            $"'{relativePath}' is written twice (paths are compared ignoring case, as Windows and macOS do); give each file its own path."));

    /// <summary>
    /// Puts the previous output's file at the file's path into the staging folder when its bytes are the file's,
    /// instead of writing a new copy: a file whose bytes did not change keeps its place on disk, whether or not a
    /// build state says so. A symbolic link there is never reused.
    /// </summary>
    /// <returns>Whether the previous file was reused; when false, nothing was staged.</returns>
    /// <exception cref="OutputException">As for <see cref="Write"/>.</exception>
    public bool ReuseIfSame(SiteFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (Previous(file.Path) is not { } full || !SameBytes(full, file.Bytes)) return false;
        Reuse(file.Path, file.Origin);
        return true;
    }

    private static bool SameBytes(string full, byte[] bytes)
    {
        try
        {
            var info = new FileInfo(full);
            if (info.LinkTarget is not null || info.Length != bytes.Length) return false;
            using var handle = File.OpenHandle(full, FileMode.Open, FileAccess.Read, FileShare.Read);
            var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, bytes.Length));
            try
            {
                var read = 0;
                while (read < bytes.Length && RandomAccess.Read(handle, buffer.AsSpan(read, bytes.Length - read), read) is var n and > 0) read += n;
                return read == bytes.Length && buffer.AsSpan(0, read).SequenceEqual(bytes);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The full path a file was staged at, to read its length and time after writing.</summary>
    public string StagedPath(string relativePath) => OutputPath.Under(StagingDirectory, relativePath)!;
}
