using System.Text.Encodings.Web;
using System.Text.Json;
using EditionGen.Diagnostics;

namespace EditionGen.Validate;

/// <summary>The findings of a validation as a machine-readable JSON report, for CI annotations and tooling.</summary>
public sealed class ValidationReport
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // The report is a data file, not HTML; keep Chinese text and quotes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public ValidationReport(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var bag = new DiagnosticBag();
        bag.AddRange(diagnostics);
        Diagnostics = bag.Sorted();
    }

    /// <summary>The findings sorted by file, line, column and code.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    /// <summary>
    /// Writes the report to <paramref name="reportPath"/>, creating its folder. Pass the published folder as
    /// <paramref name="outputDirectory"/> to refuse a report path inside it, where it would be published.
    /// </summary>
    public void WriteJson(string reportPath, string? outputDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(reportPath);
        var fullPath = Path.GetFullPath(reportPath);
        if (outputDirectory is not null)
        {
            var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory)) + Path.DirectorySeparatorChar;
            if (fullPath.StartsWith(output, StringComparison.Ordinal))
            {
                throw new UsageException($"The validation report '{reportPath}' would be published inside '{outputDirectory}'; write it outside the output folder.");
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        File.WriteAllText(fullPath, ToJson());
    }

    /// <summary>The report as JSON: counts, then one object per finding with file, line, column, code, severity and message.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("errors", ErrorCount);
            writer.WriteNumber("warnings", WarningCount);
            writer.WriteStartArray("diagnostics");
            foreach (var diagnostic in Diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("file", diagnostic.Location.Path);
                writer.WriteNumber("line", diagnostic.Location.Line);
                writer.WriteNumber("column", diagnostic.Location.Column);
                writer.WriteString("code", diagnostic.Code);
                writer.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
                writer.WriteString("message", diagnostic.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
