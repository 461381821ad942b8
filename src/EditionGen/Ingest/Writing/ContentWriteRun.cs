using EditionGen.Content;
using EditionGen.Diagnostics;

namespace EditionGen.Ingest.Writing;

/// <summary>One run of <see cref="ContentWriter"/>: decides per file whether to write, keep or skip it, and records what happened.</summary>
internal sealed class ContentWriteRun(bool force, string? displayRoot)
{
    private readonly List<string> _written = [];
    private readonly List<string> _unchanged = [];
    private readonly List<string> _skipped = [];
    private readonly List<string> _removed = [];
    private readonly List<string> _backedUp = [];
    private readonly List<Diagnostic> _diagnostics = [];

    public void Place(string path, byte[] bytes)
    {
        if (File.Exists(path))
        {
            var existing = File.ReadAllBytes(path);
            if (existing.AsSpan().SequenceEqual(bytes))
            {
                _unchanged.Add(Display(path));
                return;
            }
            if (!IngestHash.IsUnedited(existing))
            {
                if (!force)
                {
                    Skip(path, DiagnosticCodes.ContentHandEdited,
                        "was edited by hand since ingest wrote it, so ingest left it as it is. To replace it with the text from the seed, run ingest again with --force; the edited file is then kept beside it as " + Path.GetFileName(path) + ".bak.");
                    return;
                }
                BackUp(path);
            }
        }
        AtomicFile.Write(path, bytes);
        _written.Add(Display(path));
    }

    public void Remove(string path)
    {
        if (!IngestHash.IsUnedited(File.ReadAllBytes(path)))
        {
            if (!force)
            {
                Skip(path, DiagnosticCodes.ContentStaleHandEdited,
                    "is no longer produced by ingest for this issue but was edited by hand, so it was kept. Delete it yourself, or run ingest again with --force to move it to " + Path.GetFileName(path) + ".bak.");
                return;
            }
            BackUp(path);
        }
        File.Delete(path);
        _removed.Add(Display(path));
    }

    /// <summary>Runs a file operation and turns a file system failure into a located error instead of an exception.</summary>
    public bool Try(string path, Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Error(DiagnosticCodes.ContentWriteFailed, SourceLocation.File(Display(path)),
                $"could not be written: {e.Message} Check that the folder is writable and not locked, then run ingest again.");
            return false;
        }
    }

    public void Error(string code, SourceLocation location, string message) =>
        _diagnostics.Add(Diagnostic.Error(code, location, message));

    public ContentWriteResult Result() =>
        new(_written, _unchanged, _skipped, _removed, _diagnostics) { BackedUp = _backedUp };

    private void BackUp(string path)
    {
        var backup = path + ".bak";
        File.Copy(path, backup, overwrite: true);
        _backedUp.Add(Display(backup));
    }

    private void Skip(string path, string code, string message)
    {
        _skipped.Add(Display(path));
        _diagnostics.Add(Diagnostic.Warning(code, SourceLocation.File(Display(path)), message));
    }

    private string Display(string path) => ContentLayout.DisplayPath(path, displayRoot);
}
