using EditionGen.Ingest.Reading;
using EditionGen.Ingest.Reading.Assembly;
using EditionGen.Model;

namespace EditionGen.Ingest.Parsing;

/// <summary>
/// Reads the text of a seed (a plain-text dump of printed newspaper pages) into an <see cref="Issue"/>: the
/// trained reader labels every line, and the labels are assembled into masthead, pages and articles.
/// It never fails: what cannot be placed is kept as unassigned text with a warning.
/// </summary>
public static class IssueParser
{
    /// <summary>Parses seed text; <paramref name="source"/> is the seed's file name, recorded in the issue.</summary>
    public static Issue Parse(string text, string source) => Parse(SeedReader.Label(text ?? throw new ArgumentNullException(nameof(text))), source);

    /// <summary>Assembles an issue from a seed the reader has labelled.</summary>
    public static Issue Parse(LabeledSeed seed, string source)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(source);
        return new IssueAssembler(seed, new WarningList()).Assemble(source);
    }
}
