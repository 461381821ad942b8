namespace EditionGen.Diagnostics;

/// <summary>How serious a finding is; errors fail the stage that collected them.</summary>
public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
