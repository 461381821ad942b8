namespace EditionGen.Tests.Support;

/// <summary>
/// Tests that need a program from outside .NET (Node.js, Java, Chromium) skip with the reason when it is
/// missing on a developer's machine, and fail in CI (where CI is set), whose script installs them.
/// </summary>
public static class ExternalTool
{
    public static bool InCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static void Require(bool available, string reason)
    {
        if (available) return;
        if (InCi) Assert.Fail($"{reason} CI must install it (see .ci/run).");
        Skip.If(true, reason);
    }

    /// <summary>The full path of a program on PATH, or null.</summary>
    public static string? Find(string program)
    {
        if (Path.IsPathRooted(program)) return File.Exists(program) ? program : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
    }
}
