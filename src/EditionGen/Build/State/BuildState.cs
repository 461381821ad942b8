using EditionGen.Content;
using EditionGen.Diagnostics;

namespace EditionGen.Build.State;

/// <summary>
/// What the last published build left for the next one, in <c>.editiongen/build-state.bin</c>, outside the output:
/// the EditionGen version and output folder it belongs to, the hash of all its inputs, the hash of every content
/// file and what each one parsed into, the dependencies of each layout, every output file with its key and findings,
/// the key and files of each issue, and the build's findings.
/// A build that changed little appends its changes to a journal beside it instead (see <see cref="StateJournal"/>).
/// It is only ever a shortcut: a missing state costs time, and a corrupt or foreign one is discarded with a warning.
/// </summary>
public sealed record BuildState(
    string Version,
    string Output,
    string Inputs,
    string ValidationContext,
    IReadOnlyDictionary<string, ContentHash> Content,
    IReadOnlyDictionary<string, ContentParse> Parses,
    IReadOnlyDictionary<string, LayoutDependencies> Layouts,
    IReadOnlyDictionary<string, OutputEntry> Files,
    IReadOnlyDictionary<string, UnitEntry> Units,
    IReadOnlyList<Diagnostic> Findings,
    int IssueCount,
    int ArticleCount)
{
    public const string FileName = "build-state.bin";

    /// <summary>This build of EditionGen: a deterministic build gives the same id for the same code, any change a new one.</summary>
    public static string CurrentVersion { get; } = typeof(BuildState).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>For a state read back, the file and journal records it was read from; null for a state made by a build.</summary>
    internal StateOrigin? Origin { get; init; }
}
