using EditionGen.Ingest.Parsing;

namespace EditionGen.Ingest.Reading.Features;

/// <summary>What one line shows on its own, computed once and read by its own features and its neighbours'.</summary>
internal sealed class LineEvidence
{
    public required string Text { get; init; }
    public required int Length { get; init; }
    public required int LengthBucket { get; init; }
    public required int WidthBucket { get; init; }
    public required char First { get; init; }
    public required char Last { get; init; }
    public required bool EndsSentence { get; init; }
    public required bool HasClause { get; init; }
    public required bool HasFullStop { get; init; }
    public required int Depth { get; init; }
    public required bool Indented { get; init; }
    public required bool BlankBefore { get; init; }
    public required bool BlankAfter { get; init; }
    public required string Flags { get; init; }

    public static LineEvidence Of(ReaderLine line, SeedProfile profile)
    {
        var text = line.Text;
        var flags = new System.Text.StringBuilder(16);
        void Flag(bool on, char code)
        {
            if (on) flags.Append(code);
        }

        Flag(PageMarkers.Read(text) is not null, 'M');
        Flag(MastheadReader.IsMastheadLine(text), 'H');
        Flag(text.Length <= 60 && MastheadReader.IsFieldLine(text), 'F');
        Flag(TextPatterns.IsLead(text), 'L');
        Flag(TextPatterns.IsLeadOpening(text), 'l');
        Flag(TextPatterns.IsByline(text), 'Y');
        Flag(TextPatterns.IsCredit(text), 'C');
        Flag(text[^1] is '）' or ')' && BylineReader.ReadTrailingCredit(text) is not null, 'T');
        Flag(TextPatterns.IsSummary(text), 'S');
        Flag(TextPatterns.IsNote(text), 'N');
        Flag(TextPatterns.HasContinuationMark(text), 'x');
        Flag(TextPatterns.IsContinuationNote(text), 'X');
        Flag(TextPatterns.IsDate(text), 'D');
        Flag(TextPatterns.IsNameLike(text), 'n');
        Flag(TextPatterns.IsNameList(text), 'R');
        Flag(TextPatterns.HasTitleTag(text), 'g');
        Flag(TextPatterns.IsNumberedItem(text), '#');
        Flag(TextPatterns.IsQuestionOrAnswer(text), '?');
        Flag(TextPatterns.IsEditorsLine(text), 'E');

        // How a short line ends says something of its role only where it stands alone: a piece of running text
        // wrapped at a printed width ends with any word.
        var alone = line.BlankBefore && line.BlankAfter;
        Flag(alone && TextPatterns.EndsWithSayingVerb(text), 'v');
        Flag(alone && TextPatterns.EndsWithEvent(text), 'e');
        Flag(LineClassifier.IsSubtitle(text), '—');
        Flag(LineClassifier.EndsLikeKicker(text), 'K');
        Flag(LineClassifier.IsHeading(text), 'h');
        Flag(TextRules.CannotStartSentence(text), 'c');
        Flag(text.Contains(' ', StringComparison.Ordinal) || text.Contains('\u3000', StringComparison.Ordinal), '_');

        var depth = 0;
        foreach (var c in text)
        {
            if (c is '（' or '(' or '“' or '《' or '「' or '『' or '【') depth++;
            else if (c is '）' or ')' or '”' or '》' or '」' or '』' or '】') depth--;
        }

        return new LineEvidence
        {
            Text = text,
            Length = text.Length,
            LengthBucket = LengthBucketOf(text.Length),
            WidthBucket = WidthBucketOf(text.Length, profile.FullWidth),
            First = CharClass.Of(text[0]),
            Last = CharClass.Of(text[^1]),
            EndsSentence = TextRules.EndsSentence(text),
            HasClause = TextRules.HasClausePunctuation(text),
            HasFullStop = text.Contains('。', StringComparison.Ordinal),
            Depth = Math.Clamp(depth, -2, 2),
            Indented = line.Indented,
            BlankBefore = line.BlankBefore,
            BlankAfter = line.BlankAfter,
            Flags = flags.ToString(),
        };
    }

    private static int LengthBucketOf(int length) => length switch
    {
        <= 6 => length,
        <= 8 => 8,
        <= 12 => 12,
        <= 16 => 16,
        <= 20 => 20,
        <= 25 => 25,
        <= 30 => 30,
        <= 40 => 40,
        <= 60 => 60,
        <= 100 => 100,
        <= 200 => 200,
        _ => 999,
    };

    /// <summary>The line's length against a full printed line, in tenths, capped at just over full.</summary>
    private static int WidthBucketOf(int length, int full) => Math.Min(length * 10 / full, 11);
}
