namespace EditionGen.Tests.Build.BadInput;

/// <summary>
/// One row of the README's bad-input table: the input, the code it gets (or "—"), an excerpt of the message, the
/// exit code and what is still built. <see cref="Arrange"/> breaks a copy of the built sample edition and returns the
/// extra arguments of the build; <see cref="Culprit"/> is the file every error must be located in, when there is one.
/// </summary>
public sealed record BadInputRow(
    string Input,
    string Code,
    string Message,
    int ExitCode,
    BadInputOutcome Outcome,
    Func<BadInputEdition, string[]> Arrange,
    string? Culprit = null)
{
    public string StillBuilt => Outcome switch
    {
        BadInputOutcome.GoodSeedsIngested => "the other seeds reach `content/`; the previous site stays",
        BadInputOutcome.OtherFilesRead => "the other content files are read; the previous site stays",
        BadInputOutcome.PreviousSiteKept => "nothing new; the previous site stays",
        BadInputOutcome.Published => "everything; the site is published",
        _ => "nothing: refused before anything is written",
    };

    /// <summary>The row as the README writes it.</summary>
    public string MarkdownRow => $"| {Input} | {(Code == "—" ? "—" : $"`{Code}`")} | {Message} | {ExitCode} | {StillBuilt} |";

    public override string ToString() => Input;
}
