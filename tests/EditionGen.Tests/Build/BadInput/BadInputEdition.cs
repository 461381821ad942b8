namespace EditionGen.Tests.Build.BadInput;

/// <summary>A copy of the sample edition, built once, at <c>edition/</c> inside a temporary folder of its own.</summary>
public sealed class BadInputEdition(string root) : IDisposable
{
    private readonly List<IDisposable> _held = [];

    public const string SampleSeed = SampleEdition.SampleSeed;

    public string Root { get; } = root;

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void WriteBytes(string relative, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllBytes(PathOf(relative), bytes);
    }

    /// <summary>Replaces the first line of a file that starts with <paramref name="start"/>.</summary>
    public void ReplaceLine(string relative, string start, string line)
    {
        var lines = File.ReadAllLines(PathOf(relative)).ToList();
        var index = lines.FindIndex(l => l.StartsWith(start, StringComparison.Ordinal));
        if (index < 0) throw new InvalidOperationException($"{relative} has no line starting with {start}");
        lines[index] = line;
        File.WriteAllText(PathOf(relative), string.Join('\n', lines) + "\n");
    }

    public string SeedText => File.ReadAllText(PathOf("seeds/" + SampleSeed));

    /// <summary>Removes content/, so that the build must ingest the good seed again beside the bad one.</summary>
    public void AddSeed(string name, byte[] bytes)
    {
        Directory.Delete(PathOf("content"), recursive: true);
        WriteBytes("seeds/" + name, bytes);
    }

    /// <summary>Keeps <paramref name="held"/> (such as another build's lock) until the row has run.</summary>
    public void Hold(IDisposable held) => _held.Add(held);

    public void Dispose()
    {
        foreach (var held in _held) held.Dispose();
        _held.Clear();
    }
}
