using System.Collections.Concurrent;
using Microsoft.Win32.SafeHandles;

namespace EditionGen.Publish;

/// <summary>
/// The file system work of a build, kept small: each folder of the staging output is created once, each file is
/// written through one handle without seeking or truncating, and the previous output is deleted on a thread of
/// its own after the swap, while the build finishes its other work.
/// </summary>
public sealed partial class StagedOutput
{
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private Task _cleanup = Task.CompletedTask;

    /// <summary>Writes a new file into the staging folder; the folder of a file is created only the first time.</summary>
    private void WriteNew(string fullPath, byte[] bytes)
    {
        EnsureFolder(Path.GetDirectoryName(fullPath)!);
        using SafeFileHandle handle = File.OpenHandle(fullPath, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, bytes, 0);
    }

    private void EnsureFolder(string folder)
    {
        if (_folders.ContainsKey(folder)) return;
        Directory.CreateDirectory(folder);
        _folders.TryAdd(folder, true);
    }

    /// <summary>Deletes a folder that is no longer the output on another thread; <see cref="Dispose"/> waits for it.</summary>
    private void DeleteInBackground(string folder) =>
        _cleanup = Task.Factory.StartNew(() => DeleteQuietly(folder), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Waits until the previous output, moved aside by <see cref="Commit"/>, is deleted.</summary>
    public void WaitForCleanup() => _cleanup.GetAwaiter().GetResult();
}
