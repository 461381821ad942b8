using System.Reflection;

namespace EditionGen.Cli;

/// <summary>The version of the installed EditionGen tool, as its package on a feed is numbered.</summary>
public static class ToolVersion
{
    /// <summary>The package version, such as <c>0.1.0</c>: the informational version without its <c>+commit</c> suffix.</summary>
    public static string Package { get; } = Read();

    private static string Read()
    {
        var informational = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(ToolVersion).Assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
