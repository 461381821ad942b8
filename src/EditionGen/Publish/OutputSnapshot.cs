using System.Security.Cryptography;
using System.Text;

namespace EditionGen.Publish;

/// <summary>
/// The output folder as the last build left it: every file it published, and every folder with its last-write time,
/// kept beside the build state. A folder's time changes whenever an entry is added to it, removed from it or renamed
/// in it, so when each folder still has its time, each still holds what it held: the next build then looks at each
/// folder and file once (see <see cref="OutputListing.Read(string, OutputSnapshot?)"/>) instead of reading every
/// folder's entries, as git's index does for folders without untracked files. A file's own length and time are still
/// read, since a file changed in place does not change its folder's time.
/// </summary>
/// <remarks>
/// File systems show times finer than they keep them apart: two changes within one tick of the kernel's clock (a few
/// milliseconds; a second or two on some file systems) leave the same time. A folder whose time falls within
/// <see cref="RacyWindow"/> of the snapshot is marked racy, and the next build reads its entries instead of trusting
/// its time. The snapshot is removed before each commit and written after it, so a build killed in between leaves
/// none, and a snapshot that does not match is only a slower build: the folder is then read whole.
/// </remarks>
public sealed class OutputSnapshot
{
    /// <summary>The snapshot's file in the edition's state folder.</summary>
    public const string FileName = "output-snapshot.txt";

    private const string Header = "EditionGen output snapshot 1";
    private const string FolderPrefix = "D ";
    private const string FilePrefix = "F ";
    private const string HashPrefix = "# sha256 ";

    /// <summary>How recently before the snapshot a folder may have been written and still be trusted by its time.</summary>
    public static TimeSpan RacyWindow { get; } = TimeSpan.FromSeconds(2);

    private OutputSnapshot(string output, IReadOnlyList<string> files, IReadOnlyDictionary<string, Folder> folders)
    {
        Output = output;
        Files = files;
        Folders = folders;
    }

    /// <summary>A folder's last-write time, and whether it was written too shortly before the snapshot to be trusted by it.</summary>
    public sealed record Folder(long WrittenTicks, bool Racy);

    /// <summary>The full path of the output folder.</summary>
    public string Output { get; }

    /// <summary>The relative path of every file ('/' between folders), sorted.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Every folder holding a file, by relative path; the output folder itself is the empty path.</summary>
    public IReadOnlyDictionary<string, Folder> Folders { get; }

    /// <summary>
    /// Takes the snapshot of <paramref name="outputDirectory"/> holding exactly <paramref name="files"/>, reading each
    /// folder's time unless <paramref name="knownTicks"/> gives it; null when a folder cannot be looked at.
    /// </summary>
    /// <param name="knownTicks">The time of a folder whose entries are known not to have changed since it was read, or null.</param>
    /// <param name="racyWindow">How recently a folder may have been written to be trusted by its time; <see cref="RacyWindow"/> by default.</param>
    public static OutputSnapshot? Take(string outputDirectory, IEnumerable<string> files, Func<string, long?>? knownTicks = null, TimeSpan? racyWindow = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(files);
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var sorted = files.Order(StringComparer.Ordinal).ToList();
        var names = OutputPath.FoldersAbove(sorted);

        // Times read after this moment may belong to a folder still changing within the same tick of the clock.
        var trustedBefore = DateTime.UtcNow.Ticks - (racyWindow ?? RacyWindow).Ticks;
        var folders = new Dictionary<string, Folder>(names.Count, StringComparer.Ordinal);
        foreach (var name in names)
        {
            var ticks = knownTicks?.Invoke(name);
            if (ticks is null)
            {
                var info = new DirectoryInfo(name.Length == 0 ? output : Path.Combine(output, name));
                if (!info.Exists) return null;
                ticks = info.LastWriteTimeUtc.Ticks;
            }

            folders[name] = new Folder(ticks.Value, ticks.Value >= trustedBefore);
        }

        return new OutputSnapshot(output, sorted, folders);
    }

    /// <summary>Writes the snapshot into <paramref name="stateFolder"/>, whole or not at all.</summary>
    /// <remarks>Written line by line with its hash, never held whole: ten years' snapshot is tens of megabytes.</remarks>
    public void Save(string stateFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stateFolder);
        Directory.CreateDirectory(stateFolder);
        var file = Path.Combine(stateFolder, FileName);
        using (var stream = new FileStream(file + ".tmp", FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            var line = new StringBuilder();
            var bytes = new byte[1024];
            void Write(StringBuilder text)
            {
                var value = text.ToString();
                var count = Encoding.UTF8.GetByteCount(value);
                if (bytes.Length < count) bytes = new byte[count * 2];
                Encoding.UTF8.GetBytes(value, 0, value.Length, bytes, 0);
                hash.AppendData(bytes, 0, count);
                stream.Write(bytes, 0, count);
                text.Clear();
            }

            Write(line.Append(Header).Append('\n').Append(Output).Append('\n'));
            foreach (var (name, folder) in Folders.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                Write(line.Append(FolderPrefix).Append(folder.WrittenTicks).Append(folder.Racy ? " racy " : " kept ").Append(name).Append('\n'));
            }

            foreach (var path in Files) Write(line.Append(FilePrefix).Append(path).Append('\n'));
            Write(line.Append(HashPrefix).Append(Convert.ToHexStringLower(hash.GetHashAndReset())).Append('\n'));
        }

        File.Move(file + ".tmp", file, overwrite: true);
    }

    /// <summary>Removes the snapshot from <paramref name="stateFolder"/>, before the output changes.</summary>
    public static void Forget(string stateFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stateFolder);
        File.Delete(Path.Combine(stateFolder, FileName));
    }

    /// <summary>The snapshot in <paramref name="stateFolder"/> of <paramref name="outputDirectory"/>; null when there is none, or it is damaged or of another folder.</summary>
    public static OutputSnapshot? Load(string stateFolder, string outputDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stateFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        string text;
        try
        {
            text = File.ReadAllText(Path.Combine(stateFolder, FileName), Encoding.UTF8);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return Parse(text, Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory)));
    }

    private static OutputSnapshot? Parse(string text, string output)
    {
        var hashAt = text.LastIndexOf(HashPrefix, StringComparison.Ordinal);
        if (hashAt < 0 || text[(hashAt + HashPrefix.Length)..].TrimEnd('\n') != HashOf(text[..hashAt])) return null;
        var lines = text[..hashAt].Split('\n');
        if (lines.Length < 3 || lines[0] != Header || lines[1] != output) return null;

        var files = new List<string>();
        var folders = new Dictionary<string, Folder>(StringComparer.Ordinal);
        foreach (var line in lines.AsSpan(2))
        {
            if (line.StartsWith(FilePrefix, StringComparison.Ordinal))
            {
                files.Add(line[FilePrefix.Length..]);
            }
            else if (line.StartsWith(FolderPrefix, StringComparison.Ordinal) && line.Split(' ', 4) is [_, var ticks, var trust, var name]
                && long.TryParse(ticks, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var written))
            {
                folders[name] = new Folder(written, trust != "kept");
            }
            else if (line.Length > 0)
            {
                return null;
            }
        }

        return folders.ContainsKey("") ? new OutputSnapshot(output, files, folders) : null;
    }

    private static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
