using EditionGen.Tests.Cli;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Build.BadInput;

/// <summary>The sample edition built once; each row of the bad-input table breaks a copy of it.</summary>
public sealed class BuiltSample : IDisposable
{
    private readonly SampleEdition _edition = SampleEdition.Create();

    public BuiltSample()
    {
        var run = CliRun.Of("build", "--root", _edition.Root, "--no-search");
        if (run.ExitCode != 0) throw new InvalidOperationException("the sample did not build: " + run.Error);
    }

    /// <summary>A copy at <c>edition/</c> inside <paramref name="folder"/>.</summary>
    public BadInputEdition CopyInto(TempDir folder)
    {
        var root = folder["edition"];
        Copy(_edition.Root, root);
        return new BadInputEdition(root);
    }

    public void Dispose() => _edition.Dispose();

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.EnumerateDirectories(from)) Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
    }
}
