using System.Text.Json;
using EditionGen.Diagnostics;
using EditionGen.Tests.Publish;
using EditionGen.Tests.Support;
using EditionGen.Validate;

namespace EditionGen.Tests.Validate;

public class ValidationReportSpecs
{
    private static readonly Diagnostic[] Findings =
    [
        Diagnostic.Warning(DiagnosticCodes.ImageAltMissing, new SourceLocation("site-output/b.html", 3, 5), "图片缺少 alt."),
        Diagnostic.Error(DiagnosticCodes.LinkBroken, new SourceLocation("site-output/a.html", 9, 1), "the link 'x' is \"broken\"."),
    ];

    [Fact]
    public void The_json_report_lists_each_finding_with_file_line_column_code_severity_and_message_in_order()
    {
        using var temp = new TempDir();
        var reportPath = temp.Combine("reports", "validation.json");

        new ValidationReport(Findings).WriteJson(reportPath, outputDirectory: temp.Combine("site-output"));

        using var json = JsonDocument.Parse(File.ReadAllText(reportPath));
        Assert.Equal(1, json.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("warnings").GetInt32());
        var first = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("site-output/a.html", first.GetProperty("file").GetString());
        Assert.Equal(9, first.GetProperty("line").GetInt32());
        Assert.Equal(1, first.GetProperty("column").GetInt32());
        Assert.Equal("EG0402", first.GetProperty("code").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("the link 'x' is \"broken\".", first.GetProperty("message").GetString());
        Assert.Contains("图片缺少 alt.", File.ReadAllText(reportPath), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_findings_in_another_order_give_the_same_report()
    {
        Assert.Equal(new ValidationReport(Findings).ToJson(), new ValidationReport(Findings.Reverse()).ToJson());
    }

    [Fact]
    public void A_report_inside_the_published_folder_is_refused()
    {
        using var temp = new TempDir();

        Assert.Throws<UsageException>(() =>
            new ValidationReport(Findings).WriteJson(temp.Combine("site-output", "report.json"), temp.Combine("site-output")));
        Assert.False(File.Exists(temp.Combine("site-output", "report.json")));
    }
}
