using EditionGen.Content;
using EditionGen.Diagnostics;

namespace EditionGen.Build.State;

/// <summary>
/// What changed from one build's state to the next: the values every build sets again, each table's entries that are
/// new or different and the names no longer there, and the run of findings that replaced the old ones between those
/// both keep. Applied to the state it was taken from, it gives the next state exactly; the journal keeps these instead
/// of the whole state (see <see cref="StateJournal"/>).
/// </summary>
internal sealed record StateChanges(
    string Inputs,
    string ValidationContext,
    int IssueCount,
    int ArticleCount,
    TableChanges<ContentHash> Content,
    TableChanges<ContentParse> Parses,
    TableChanges<LayoutDependencies> Layouts,
    TableChanges<OutputEntry> Files,
    TableChanges<UnitEntry> Units,
    FindingsSplice Findings)
{
    /// <summary>The changes from <paramref name="before"/> to <paramref name="after"/>; parses the state does not keep count as gone.</summary>
    public static StateChanges Between(BuildState before, BuildState after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var kept = new Dictionary<string, ContentParse>(after.Parses.Count, StringComparer.Ordinal);
        foreach (var (path, parse) in after.Parses)
        {
            if (BuildStateFile.Keepable(parse)) kept[path] = parse;
        }

        return new StateChanges(
            after.Inputs,
            after.ValidationContext,
            after.IssueCount,
            after.ArticleCount,
            TableChanges.Between(before.Content, after.Content, (a, b) => a == b),
            TableChanges.Between(before.Parses, kept, (a, b) => a == b),
            TableChanges.Between(before.Layouts, after.Layouts, (a, b) => a.Hash == b.Hash && a.Templates.SequenceEqual(b.Templates, StringComparer.Ordinal)),
            TableChanges.Between(before.Files, after.Files, (a, b) => a == b),
            TableChanges.Between(before.Units, after.Units, (a, b) => a.Key == b.Key && a.Files.SequenceEqual(b.Files)),
            FindingsSplice.Between(before.Findings, after.Findings));
    }

    /// <summary>
    /// The state these changes lead to from <paramref name="before"/>, which must be the state they were taken from and
    /// is changed in place: its tables are the ones the state file was just read into, and no one else holds them.
    /// </summary>
    /// <exception cref="InvalidDataException">The findings to keep are more than <paramref name="before"/> has.</exception>
    public BuildState ApplyTo(BuildState before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var findings = Findings.ApplyTo(before.Findings);
        Content.ApplyTo(before.Content);
        Parses.ApplyTo(before.Parses);
        Layouts.ApplyTo(before.Layouts);
        Files.ApplyTo(before.Files);
        Units.ApplyTo(before.Units);
        return before with
        {
            Inputs = Inputs,
            ValidationContext = ValidationContext,
            IssueCount = IssueCount,
            ArticleCount = ArticleCount,
            Findings = findings,
        };
    }
}
