using EditionGen.Diagnostics;

namespace EditionGen.Ingest.Parsing;

/// <summary>
/// Joins paragraphs that a column end cut in two. A piece of running text that stops without ending its
/// sentence goes on in the next piece of running text; headings are never glued to what follows them.
/// </summary>
internal static class CutJoiner
{
    /// <summary>Pieces shorter than this are doubtful: a short line may be a heading that lost its place.</summary>
    private const int ShortPiece = 20;

    public static List<Unit> Join(List<Unit> units, WarningList warnings)
    {
        var result = new List<Unit>(units.Count);
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (result.Count > 0 && IsCut(result[^1]) && Continues(units, i))
            {
                var left = result[^1];
                if (left.Length < ShortPiece || unit.Length < ShortPiece && !TextRules.CannotStartSentence(unit.Text))
                {
                    warnings.Add(unit.First, DiagnosticCodes.CutJoinedAcrossShortLine,
                        $"joined \"{Tail(left)}\" with \"{Head(unit.Text)}\" as one paragraph cut at a column end although one piece is short; if they are two paragraphs, end the first with punctuation.");
                }

                foreach (var piece in unit.Pieces) left.Append(piece.Line, piece.Text);
                continue;
            }

            result.Add(unit);
        }

        return result;
    }

    private static bool IsCut(Unit unit) =>
        unit.Kind == UnitKind.Body && !unit.EndsSentence && !unit.EndsWithColon;

    private static bool Continues(List<Unit> units, int index)
    {
        var unit = units[index];
        if (unit.Indented) return false;
        if (TextRules.CannotStartSentence(unit.Text)) return unit.Kind is UnitKind.Body or UnitKind.Heading;
        if (unit.Kind == UnitKind.Body) return BylineReader.ReadLead(unit.Text) is null;
        if (unit.Kind != UnitKind.Heading) return false;

        // A short piece without punctuation ends the cut paragraph unless a headline starts there:
        // then more headline lines, a byline or a subtitle follow it.
        var next = index + 1 < units.Count ? units[index + 1] : null;
        return next is null || next.Kind is UnitKind.Body or UnitKind.List or UnitKind.PageMarker;
    }

    private static string Tail(Unit unit) => unit.Pieces[^1].Text is var text && text.Length > 10 ? text[^10..] : text;

    private static string Head(string text) => text.Length <= 10 ? text : text[..10];
}
