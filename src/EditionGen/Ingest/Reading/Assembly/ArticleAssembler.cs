using System.Text;
using EditionGen.Diagnostics;
using EditionGen.Ingest.Parsing;
using EditionGen.Ingest.Reading.Features;
using EditionGen.Ingest.Reading.Labels;
using EditionGen.Model;

namespace EditionGen.Ingest.Reading.Assembly;

/// <summary>
/// Builds one article from its labelled pieces: headline fields, byline and authors, dateline, body blocks,
/// summary, credits and signature, with the reader's confidence in its boundaries and headline roles.
/// </summary>
internal sealed class ArticleAssembler(LabeledSeed seed, WarningList warnings)
{
    /// <summary>Below this probability a cut join is reported for a person to check.</summary>
    public const double Doubtful = 0.5;

    /// <summary>
    /// Below this probability a headline's roles are reported. Measured on each month read by the model trained on
    /// the other (README, "The reader"): at 0.7 the warnings point at 47 % and 25 % of the headlines whose kicker or
    /// subtitle was misread (19 % and 6 % at 0.5), with 27 % and 45 % of them at such a headline (33 % and 35 %).
    /// </summary>
    public const double HeadlineDoubtful = 0.7;

    public Article Build(ArticleDraft draft, int order)
    {
        var kickers = new List<string>();
        var titles = new List<string>();
        var subtitles = new List<string>();
        string? column = null;
        var bylines = new List<string>();
        var blocks = new List<Block>();
        var summary = new List<string>();
        var credits = new List<string>();
        var signature = new List<string>();
        int? continuedTo = null, continuedFrom = null;
        Lead? lead = null;
        string? listLead = null;
        List<string>? items = null;

        void FlushList()
        {
            if (items is null) return;
            blocks.Add(new Block(BlockType.List, listLead ?? "", items));
            items = null;
            listLead = null;
        }

        foreach (var piece in draft.Pieces)
        {
            var text = Text(piece.Lines);
            foreach (var i in piece.Lines) CheckLatin(i);
            var label = piece.Label == LineLabel.Start ? RoleOfOpening(text) : piece.Label;
            if (label != LineLabel.ListItem) FlushList();
            switch (label)
            {
                case LineLabel.Kicker: kickers.Add(text); break;
                case LineLabel.Title: titles.Add(text); break;
                case LineLabel.Subtitle: subtitles.Add(text); break;
                case LineLabel.Column: column ??= text; break;
                case LineLabel.Byline: bylines.Add(BylineReader.CleanByline(text)); break;
                case LineLabel.Summary: summary.Add(text); break;
                case LineLabel.Credit: credits.Add(text); break;
                case LineLabel.Signature: signature.Add(text); break;
                case LineLabel.Subhead: blocks.Add(Block.Subhead(ContinuationMarks.Take(text, ref continuedTo, ref continuedFrom))); break;
                case LineLabel.Note: blocks.Add(new Block(BlockType.Note, text)); break;
                case LineLabel.ListLead:
                    listLead = ContinuationMarks.Take(text, ref continuedTo, ref continuedFrom);
                    items = [];
                    break;
                case LineLabel.ListItem when items is not null:
                    items.Add(ContinuationMarks.Take(text, ref continuedTo, ref continuedFrom));
                    break;
                default:
                    var kept = ContinuationMarks.Take(text, ref continuedTo, ref continuedFrom);
                    if (kept.Length == 0) break;
                    if (lead is null && !blocks.Any(b => b.Type == BlockType.Paragraph)) lead = BylineReader.ReadLead(kept);
                    blocks.Add(Block.Paragraph(kept));
                    break;
            }
        }

        FlushList();
        if (titles.Count == 0 && kickers.Count > 0)
        {
            titles.Add(kickers[^1]);
            kickers.RemoveAt(kickers.Count - 1);
        }

        var title = string.Concat(titles);
        column ??= TitleTag.Of(title);

        var lines = draft.Pieces.SelectMany(p => p.Lines).ToList();
        var first = seed.Lines[lines.Min()].Number;
        var last = seed.Lines[lines.Max()].Number;
        if (title.Length == 0)
        {
            warnings.Add(first, DiagnosticCodes.ArticleWithoutTitle,
                $"the article at lines {first}-{last} has no headline that could be found; add its title above its text in the seed.");
        }

        var byline = bylines.Count > 0 ? string.Join(" ", bylines) : lead?.Byline;
        if (byline is null && credits.Count > 0) byline = BylineReader.CleanByline(credits[0]);
        var (boundary, doubts) = ArticleBoundary.Of(seed, lines);
        var confidence = Confidence(draft, boundary);
        ReportBoundary(title, doubts, lines.Min());
        Report(draft, title, first, confidence);

        return new Article
        {
            Id = Article.MakeId(draft.Page, order),
            Page = draft.Page,
            Order = order,
            Kicker = kickers.Count > 0 ? string.Join(" ", kickers) : null,
            Title = title,
            Subtitle = subtitles.Count > 0 ? string.Join(" ", subtitles) : null,
            Column = column,
            Byline = byline,
            Authors = Authors(bylines, lead, credits, blocks),
            Dateline = lead?.Dateline,
            Blocks = blocks,
            Summary = summary,
            Credits = credits,
            Signature = signature,
            ContinuedTo = continuedTo,
            ContinuedFrom = continuedFrom,
            SourceLines = new LineRange(first, last),
            Confidence = confidence,
        };
    }

    /// <summary>The first text of an article whose headline follows it reads as whatever it shows: a byline, a lead, a paragraph.</summary>
    private static LineLabel RoleOfOpening(string text) =>
        TextPatterns.IsByline(text) && !text.Contains('。', StringComparison.Ordinal) ? LineLabel.Byline
        : TextPatterns.IsCredit(text) ? LineLabel.Credit
        : TextPatterns.IsSummary(text) ? LineLabel.Summary
        : LineLabel.Paragraph;

    private string Text(List<int> lines)
    {
        var text = new StringBuilder(seed.Lines[lines[0]].Text);
        foreach (var i in lines.Skip(1))
        {
            var piece = seed.Lines[i].Text;
            if (text.Length > 0 && piece.Length > 0 && TextRules.NeedsSpace(text[^1], piece[0])) text.Append(' ');
            text.Append(piece);
        }

        return text.ToString();
    }

    private void CheckLatin(int i) => LatinWords.Check(seed.Lines[i].Number, seed.Lines[i].Text, warnings);

    private static List<string> Authors(List<string> bylines, Lead? lead, List<string> credits, List<Block> blocks)
    {
        var authors = new List<string>();
        void Add(string? text)
        {
            if (text is null) return;
            foreach (var name in BylineReader.Authors(text))
            {
                if (!authors.Contains(name, StringComparer.Ordinal)) authors.Add(name);
            }
        }

        foreach (var byline in bylines) Add(byline);
        Add(lead?.Byline);
        foreach (var credit in credits) Add(credit);
        var lastParagraph = blocks.LastOrDefault(b => b.Type == BlockType.Paragraph);
        if (lastParagraph is not null) Add(BylineReader.ReadTrailingCredit(lastParagraph.Text));
        return authors;
    }

    /// <summary>The boundary is as sure as <see cref="ArticleBoundary"/> says; the headline as its least sure line.</summary>
    private ArticleConfidence Confidence(ArticleDraft draft, double boundary)
    {
        var headline = draft.Pieces.Where(p => p.Label.IsHeadline()).Select(p => seed.Confidence(p.Lines[0])).DefaultIfEmpty(0).Min();
        return new ArticleConfidence(Math.Round(boundary, 3), Math.Round(headline, 3));
    }

    /// <summary>Each doubtful start, or doubtful absence of one, at its own line.</summary>
    private void ReportBoundary(string title, IReadOnlyList<(int Index, double Opening)> doubts, int start)
    {
        foreach (var (index, opening) in doubts)
        {
            var line = seed.Lines[index].Number;
            warnings.Add(line, DiagnosticCodes.ArticleBoundaryUncertain, index == start
                ? $"the reader is only {opening:P0} sure that the article \"{Short(title)}\" starts at this line; check whether the line goes on with the article above instead."
                : $"the reader gives a {opening:P0} chance that an article starts at this line, inside \"{Short(title)}\"; check whether the line heads an article of its own.");
        }
    }

    private void Report(ArticleDraft draft, string title, int first, ArticleConfidence confidence)
    {
        var headline = draft.Pieces.FirstOrDefault(p => p.Label.IsHeadline());
        if (headline is not null && confidence.Headline < HeadlineDoubtful)
        {
            warnings.Add(seed.Lines[headline.Lines[0]].Number, DiagnosticCodes.HeadlineRolesUncertain,
                $"the reader is only {confidence.Headline:P0} sure which headline lines of \"{Short(title)}\" are kicker, title and subtitle; check them.");
        }

        if (draft.Pieces.Any(p => p.Label == LineLabel.Start) && headline is not null)
        {
            warnings.Add(seed.Lines[headline.Lines[0]].Number, DiagnosticCodes.OrphanHeadlineAttached,
                $"the headline \"{Short(title)}\" is printed after the text it belongs to; it was given to the text that starts at line {first}. Move the headline above its article in the seed if this is wrong.");
        }

        foreach (var piece in draft.Pieces)
        {
            for (var k = 1; k < piece.Lines.Count; k++)
            {
                var i = piece.Lines[k];
                if (seed.Labels[i] != LineLabel.Continuation || seed.Confidence(i) >= Doubtful) continue;
                var above = piece.Lines[k - 1] == i - 1 ? "the one above" : $"line {seed.Lines[piece.Lines[k - 1]].Number}";
                warnings.Add(seed.Lines[i].Number, DiagnosticCodes.CutJoinUncertain,
                    $"joined this line to {above} as one paragraph cut at a column end, {seed.Confidence(i):P0} sure; if they are two paragraphs, put a blank line or an indent between them.");
            }
        }
    }

    private static string Short(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
