using EditionGen.Cli.Output;
using EditionGen.Diagnostics;

namespace EditionGen.Tests.Cli.Output;

public sealed class FindingsPrinterSpecs
{
    private const string Report = ".editiongen/report.json";

    /// <summary>The findings of a year of issues: tens of thousands of warnings of a few codes, and two errors.</summary>
    private static List<Diagnostic> AYearOfFindings()
    {
        var findings = new List<Diagnostic>();
        for (var day = 0; day < 365; day++)
        {
            var seed = $"seeds/2023-{day:000}.txt";
            for (var line = 1; line <= 80; line++) findings.Add(Diagnostic.Warning("EG0121", new SourceLocation(seed, line, 1), "joined two pieces as one paragraph."));
            for (var line = 100; line < 140; line++) findings.Add(Diagnostic.Warning("EG0122", new SourceLocation(seed, line, 1), "a Latin word inside Chinese text."));
        }

        findings.Add(Diagnostic.Error("EG0401", new SourceLocation("site-output/index.html", 3, 7), "a link to a page that does not exist."));
        findings.Add(Diagnostic.Error("EG0401", new SourceLocation("site-output/search/index.html", 9, 2), "a link to a page that does not exist."));
        return findings;
    }

    private static string[] Print(IReadOnlyList<Diagnostic> findings, Verbosity verbosity, string? report = Report)
    {
        var error = new StringWriter();
        FindingsPrinter.Print(error, findings, verbosity, report);
        return error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void A_year_of_warnings_prints_a_few_lines_with_the_count_of_each_code_and_where_the_full_report_is()
    {
        var lines = Print(AYearOfFindings(), Verbosity.Normal);

        Assert.True(lines.Length < 30, $"printed {lines.Length} lines:\n{string.Join('\n', lines)}");
        Assert.Contains(lines, l => l.StartsWith("seeds/2023-000.txt(1,1): warning EG0121: ", StringComparison.Ordinal));
        Assert.Contains("  … and 29,197 more EG0121 warning(s)", lines);
        Assert.Contains(lines, l => l.Contains("EG0121") && l.Contains("warning") && l.EndsWith("29,200", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("EG0122") && l.EndsWith("14,600", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("EG0401") && l.Contains("error") && l.EndsWith("2", StringComparison.Ordinal));
        var total = lines[^1];
        Assert.Contains("43,802 findings: 2 error(s), 43,800 warning(s)", total);
        Assert.Contains(Report, total);
        Assert.Contains("--verbose", total);
    }

    [Fact]
    public void Errors_come_before_warnings_in_the_summary()
    {
        var lines = Print(AYearOfFindings(), Verbosity.Normal).ToList();

        var firstError = lines.FindIndex(l => l.Contains(": error EG0401:"));
        var firstWarning = lines.FindIndex(l => l.Contains(": warning EG0121:"));
        Assert.True(firstError >= 0 && firstError < firstWarning);
    }

    [Fact]
    public void Verbose_prints_every_finding_on_its_own_line()
    {
        var findings = AYearOfFindings();

        var lines = Print(findings, Verbosity.Verbose);

        Assert.Equal(findings.Select(f => f.ToString()), lines);
    }

    [Fact]
    public void Quiet_prints_only_the_errors()
    {
        var lines = Print(AYearOfFindings(), Verbosity.Quiet);

        Assert.Equal(
            ["site-output/index.html(3,7): error EG0401: a link to a page that does not exist.", "site-output/search/index.html(9,2): error EG0401: a link to a page that does not exist."],
            lines);
    }

    [Fact]
    public void A_few_findings_are_all_printed_without_a_summary()
    {
        var findings = AYearOfFindings().Take(FindingsPrinter.PrintAllUpTo).ToList();

        var lines = Print(findings, Verbosity.Normal);

        Assert.Equal(findings.Select(f => f.ToString()), lines);
    }

    [Fact]
    public void Without_a_report_file_the_summary_does_not_name_one()
    {
        var lines = Print(AYearOfFindings(), Verbosity.Normal, report: null);

        Assert.DoesNotContain(lines, l => l.Contains("report.json"));
        Assert.Contains("--verbose", lines[^1]);
    }
}
