using System.Collections.Concurrent;
using EditionGen.Diagnostics;
using EditionGen.Model;

namespace EditionGen.Publish;

/// <summary>
/// Writes a build into a staging folder beside the output folder and puts it in place only on <see cref="Commit"/>
/// (swapping the folder in, or moving the new files in through a journal, see <see cref="InPlace"/>), so a failed
/// build never damages the previous output and a killed one leaves it whole or leaves a commit the next build finishes. <see cref="Write"/> may be called from several
/// threads at once; call <see cref="Commit"/> once every write has returned. Two builds into the same output
/// folder at the same time are not supported: each one's <see cref="Begin"/> cleans up the other's staging folder.
/// A <c>.git</c> in the output folder (a Pages branch checked out there) is carried over to each new output.
/// </summary>
public sealed partial class StagedOutput : IDisposable
{
    // Paths that differ only in case would overwrite each other on Windows and macOS.
    private readonly ConcurrentDictionary<string, string> _written = new(StringComparer.OrdinalIgnoreCase);
    private bool _committed;
    private bool _disposed;

    private readonly Lazy<OutputListing> _listing;

    private StagedOutput(string outputDirectory, string stagingDirectory, Task<OutputListing>? listing)
    {
        OutputDirectory = outputDirectory;
        StagingDirectory = stagingDirectory;
        _listing = new Lazy<OutputListing>(() => listing?.GetAwaiter().GetResult() ?? OutputListing.Read(outputDirectory));
    }

    /// <summary>The previous output as it was listed once: when the build began, or at the first question about it.</summary>
    private OutputListing Listing => _listing.Value;

    /// <summary>The full path of the folder the site is published to.</summary>
    public string OutputDirectory { get; }

    /// <summary>The full path of the folder files are written to until <see cref="Commit"/>.</summary>
    public string StagingDirectory { get; }

    /// <summary>The paths written so far, relative to the output folder.</summary>
    public IReadOnlyCollection<string> WrittenPaths => _written.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Starts a build that will replace <paramref name="outputDirectory"/>. First repairs what an interrupted
    /// earlier build left behind: finishes an in-place commit that was cut short, restores the previous output if
    /// it was moved aside but not replaced, and deletes leftover staging and old folders.
    /// </summary>
    /// <param name="outputDirectory">The output folder.</param>
    /// <param name="inPlace">Whether an existing output is updated in place (see <see cref="InPlace"/>) rather than replaced whole.</param>
    /// <param name="listing">The output as listed after <see cref="RecoverInterrupted"/>, read while the build did other work; null lists it when first needed.</param>
    public static StagedOutput Begin(string outputDirectory, bool inPlace = false, Task<OutputListing>? listing = null)
    {
        var (output, parent, name) = Locate(outputDirectory);
        Recover(parent, name);

        var staging = Path.Combine(parent, $".{name}.{StagingMarker}{NewToken()}");
        Directory.CreateDirectory(staging);
        return new StagedOutput(output, staging, listing) { _inPlace = inPlace && Directory.Exists(output) };
    }

    /// <summary>
    /// Repairs what an interrupted earlier build left behind, as <see cref="Begin"/> does first, so that the output can
    /// be read as the last build left it before a new build begins.
    /// </summary>
    public static void RecoverInterrupted(string outputDirectory)
    {
        var (_, parent, name) = Locate(outputDirectory);
        Recover(parent, name);
    }

    private static (string Output, string Parent, string Name) Locate(string outputDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(output);
        var name = Path.GetFileName(output);
        if (parent is null || name.Length == 0)
        {
            throw new UsageException($"The output folder '{outputDirectory}' is a file system root; publish into a folder such as site-output.");
        }

        Directory.CreateDirectory(parent);
        return (output, parent, name);
    }

    /// <summary>Writes one file into the staging folder, creating its folders; refuses paths that would leave it.</summary>
    /// <exception cref="OutputException">The path is unsafe (EG0502), already written (EG0503), or could not be written (EG0501).</exception>
    public void Write(SiteFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        ThrowIfFinished();

        var location = SourceLocation.File(file.Origin ?? file.Path);
        var refusal = OutputPath.Refusal(file.Path);
        var fullPath = refusal is null ? OutputPath.Under(StagingDirectory, file.Path) : null;
        if (fullPath is null)
        {
            throw new OutputException(Diagnostic.Error(DiagnosticCodes.OutputOutsideRoot, location,
                $"refused to write '{file.Path}': the path {refusal ?? "resolves outside the output folder"}; "
                + "built files must stay inside the output folder."));
        }

        if (!_written.TryAdd(file.Path, file.Path))
        {
            throw new OutputException(Diagnostic.Error(DiagnosticCodes.OutputDuplicate, location,
                $"'{file.Path}' is written twice (paths are compared ignoring case, as Windows and macOS do); give each file its own path."));
        }

        try
        {
            WriteNew(fullPath, file.Bytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new OutputException(Diagnostic.Error(DiagnosticCodes.OutputWrite, location,
                $"could not write '{file.Path}' into {StagingDirectory}: {exception.Message}"), exception);
        }
    }

    /// <summary>Like <see cref="Write"/>, but a refused or failed file becomes a diagnostic, so a build can report every one and fail once.</summary>
    public bool TryWrite(SiteFile file, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        try
        {
            Write(file);
            return true;
        }
        catch (OutputException exception)
        {
            diagnostics.Add(exception.Diagnostic);
            return false;
        }
    }

    /// <summary>Writes many files in parallel; the first failure stops the build and is rethrown.</summary>
    public void WriteAll(IEnumerable<SiteFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        try
        {
            Parallel.ForEach(files, Write);
        }
        catch (AggregateException aggregate) when (aggregate.InnerExceptions.OfType<OutputException>().Any())
        {
            throw aggregate.InnerExceptions.OfType<OutputException>().First();
        }
    }

    /// <summary>
    /// Swaps the staging folder in: the previous output is renamed aside, the staging folder takes its name,
    /// and only then is the previous output deleted. Both renames stay within one folder, so they are atomic.
    /// In place (see <see cref="InPlace"/>), moves the staged files into the output through a journal instead.
    /// </summary>
    /// <exception cref="OutputException">A folder could not be renamed (EG0501), for example because a program holds files open in it; the previous output is kept.</exception>
    public void Commit()
    {
        ThrowIfFinished();
        try
        {
            if (_inPlace) CommitInPlace();
            else Swap();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new OutputException(Diagnostic.Error(DiagnosticCodes.OutputWrite, SourceLocation.File(OutputDirectory),
                $"could not swap the new build in: {exception.Message} The previous output was kept; close programs that use the folder and build again."),
                exception);
        }
    }

    private void Swap()
    {
        var parent = Path.GetDirectoryName(OutputDirectory)!;
        var name = Path.GetFileName(OutputDirectory);

        if (Directory.Exists(OutputDirectory))
        {
            var old = Path.Combine(parent, $".{name}.{OldMarker}{NewToken()}");
            Directory.Move(OutputDirectory, old);
            try
            {
                Directory.Move(StagingDirectory, OutputDirectory);
            }
            catch
            {
                // Put the previous output back at once rather than leave it to the next build's recovery.
                Directory.Move(old, OutputDirectory);
                throw;
            }

            _committed = true;
            try
            {
                KeepRepository(old, OutputDirectory);
                DeleteInBackground(old);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // The new output is in place; the next Begin carries the repository over and deletes the old folder.
            }
        }
        else
        {
            Directory.Move(StagingDirectory, OutputDirectory);
            _committed = true;
        }
    }

    /// <summary>Without a <see cref="Commit"/>, deletes the staging folder and leaves the previous output as it was.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_committed)
        {
            DeleteQuietly(StagingDirectory);
        }

        WaitForCleanup();
    }

    private void ThrowIfFinished()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_committed)
        {
            throw new InvalidOperationException("The output was already committed; begin a new StagedOutput for another build.");
        }
    }
}
