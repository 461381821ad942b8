using System.Globalization;
using EditionGen.Diagnostics;

namespace EditionGen.Cli.Output;

/// <summary>
/// Prints findings on standard error so that a year of issues stays readable: every finding when there
/// are few of them or when <c>--verbose</c> asks; otherwise the first few of each code, the count of each
/// code, and where the full list is. <c>--quiet</c> prints errors only, summarised the same way.
/// </summary>
public static class FindingsPrinter
{
    /// <summary>Up to this many findings are all printed.</summary>
    public const int PrintAllUpTo = 20;

    /// <summary>Beyond <see cref="PrintAllUpTo"/>, how many of each code are printed in full.</summary>
    public const int FirstOfEachCode = 3;

    /// <param name="reportPath">Where the build wrote every finding, as the user reads the path; null when nothing was written.</param>
    public static void Print(TextWriter error, IReadOnlyList<Diagnostic> findings, Verbosity verbosity, string? reportPath)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(findings);
        var shown = verbosity == Verbosity.Quiet ? findings.Where(d => d.IsError).ToList() : findings;
        if (verbosity == Verbosity.Verbose || shown.Count <= PrintAllUpTo)
        {
            foreach (var finding in shown) error.WriteLine(finding.ToString());
            return;
        }

        var groups = shown
            .GroupBy(d => (d.Code, d.Severity))
            .OrderBy(g => g.Key.Severity == DiagnosticSeverity.Error ? 0 : 1)
            .ThenBy(g => g.Key.Code, StringComparer.Ordinal)
            .Select(g => (g.Key.Code, Severity: Name(g.Key.Severity), Findings: g.ToList()))
            .ToList();
        foreach (var (code, severity, list) in groups)
        {
            foreach (var finding in list.Take(FirstOfEachCode)) error.WriteLine(finding.ToString());
            if (list.Count > FirstOfEachCode) error.WriteLine($"  … and {Count(list.Count - FirstOfEachCode)} more {code} {severity}(s)");
        }

        error.WriteLine();
        error.WriteLine("Findings by code:");
        var width = groups.Max(g => Count(g.Findings.Count).Length);
        foreach (var (code, severity, list) in groups)
        {
            error.WriteLine($"  {code}  {severity,-7}  {Count(list.Count).PadLeft(width)}");
        }

        var errors = shown.Count(d => d.IsError);
        var where = reportPath is null ? "" : $" All of them are in {reportPath};";
        error.WriteLine($"{Count(shown.Count)} findings: {Count(errors)} error(s), {Count(shown.Count - errors)} warning(s), "
            + $"{FirstOfEachCode} of each code shown above.{where} pass --verbose to print every one.");
    }

    private static string Name(DiagnosticSeverity severity) => severity.ToString().ToLowerInvariant();

    private static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
