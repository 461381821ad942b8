using System.Runtime.CompilerServices;
using AngleSharp.Diffing;

namespace EditionGen.Tests.Render;

/// <summary>
/// Snapshot testing in Verify's file convention: <c>Class.Name.verified.html</c> beside the test file.
/// On a mismatch <c>Class.Name.received.html</c> is written and the test fails; with <c>EDITIONGEN_ACCEPT=1</c>
/// the verified file is overwritten instead. HTML is compared as a DOM, so whitespace does not matter.
/// </summary>
internal static class HtmlSnapshot
{
    public static void Match(string actual, string name, [CallerFilePath] string sourceFile = "", [CallerMemberName] string member = "")
    {
        var folder = Path.GetDirectoryName(sourceFile)!;
        var stem = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(sourceFile)}.{name}");
        var verified = stem + ".verified.html";
        var received = stem + ".received.html";

        if (Environment.GetEnvironmentVariable("EDITIONGEN_ACCEPT") == "1")
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        if (!File.Exists(verified))
        {
            File.WriteAllText(received, actual);
            Assert.Fail($"{member}: no snapshot {verified} yet; review {received} and rename it, or run with EDITIONGEN_ACCEPT=1.");
        }

        var diffs = DiffBuilder.Compare(File.ReadAllText(verified))
            .WithTest(actual)
            .WithOptions(options => options.AddDefaultOptions())
            .Build()
            .ToList();
        if (diffs.Count == 0)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail($"{member}: {diffs.Count} difference(s) from {verified}, first: {diffs[0]}; see {received}, or run with EDITIONGEN_ACCEPT=1 to accept.");
    }
}
