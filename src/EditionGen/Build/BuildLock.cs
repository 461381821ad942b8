using System.Diagnostics;
using System.Globalization;
using EditionGen.Diagnostics;

namespace EditionGen.Build;

/// <summary>
/// One build of an edition at a time: <c>.editiongen/build.lock</c> is held open exclusively while a build runs.
/// The operating system lets go of it when the process ends, however it ends, so a killed build never leaves the
/// edition locked: the file stays behind and the next build takes it over. <c>build.holder</c> beside it names the
/// process that holds it, for the message of a build that waits.
/// </summary>
public sealed class BuildLock : IDisposable
{
    public const string FileName = "build.lock";

    /// <summary>The process id and start time of the build that holds the lock, for the message of the one that waits.</summary>
    public const string HolderFileName = "build.holder";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _stream;
    private readonly string _holderPath;

    private BuildLock(FileStream stream, string holderPath)
    {
        _stream = stream;
        _holderPath = holderPath;
    }

    /// <summary>
    /// Takes the lock of the edition whose build state is in <paramref name="stateDirectory"/>. While another build
    /// holds it, waits (telling <paramref name="waiting"/> once) or, with <paramref name="wait"/> false, fails at once.
    /// </summary>
    /// <exception cref="InputException">Another build holds the lock and <paramref name="wait"/> is false, or the lock file cannot be used (EG0512).</exception>
    public static BuildLock Acquire(string stateDirectory, bool wait, Action<string>? waiting = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stateDirectory);
        var told = false;
        while (true)
        {
            var taken = TryTake(stateDirectory);
            if (taken is not null)
            {
                return taken;
            }

            var who = Holder(stateDirectory);
            if (!wait)
            {
                throw Error($"{who} of this edition is running, so this one stopped without writing anything. "
                    + "Wait for it to finish and build again, or leave out --no-wait to wait for it.");
            }

            if (!told)
            {
                waiting?.Invoke($"Waiting for {who} of this edition to finish (pass --no-wait to stop instead)…");
                told = true;
            }

            cancellationToken.WaitHandle.WaitOne(PollInterval);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Lets the next build go; the holder file goes first, while the lock still guards it.</summary>
    public void Dispose()
    {
        try
        {
            File.Delete(_holderPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A holder file left behind only names a process that is gone; the next build overwrites it.
        }

        _stream.Dispose();
    }

    // Null while another process, or another build of this process, holds the lock.
    private static BuildLock? TryTake(string stateDirectory)
    {
        FileStream? stream = null;
        try
        {
            Directory.CreateDirectory(stateDirectory);
            stream = new FileStream(Path.Combine(stateDirectory, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            // The locked file cannot be read by the others while it is held, so who holds it is written beside it.
            var holder = Path.Combine(stateDirectory, HolderFileName);
            File.WriteAllText(holder, string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId} {DateTime.UtcNow:yyyy-MM-ddTHH:mm:ssZ}\n"));
            return new BuildLock(stream, holder);
        }
        catch (IOException)
        {
            stream?.Dispose();
            return null;
        }
        catch (UnauthorizedAccessException exception)
        {
            stream?.Dispose();
            throw Error($"the build lock could not be taken: {exception.Message} Check the permissions of .editiongen/.");
        }
    }

    // "the build in process 1234 (started 2026-12-01T21:55:01Z)" while that process runs, else "another build".
    private static string Holder(string stateDirectory)
    {
        const string Unknown = "another build";
        string text;
        try
        {
            text = File.ReadAllText(Path.Combine(stateDirectory, HolderFileName));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Unknown;
        }

        var parts = text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || !IsRunning(id))
        {
            return Unknown;
        }

        return $"the build in process {id} (started {parts[1]})";
    }

    private static bool IsRunning(int id)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static InputException Error(string message) =>
        new(Diagnostic.Error(DiagnosticCodes.BuildLocked, SourceLocation.File(".editiongen/" + FileName), message));
}
