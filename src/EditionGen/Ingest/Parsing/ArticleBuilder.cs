using EditionGen.Diagnostics;
using EditionGen.Model;

namespace EditionGen.Ingest.Parsing;

/// <summary>
/// Turns a segmented article into the model: its headline fields, byline, authors and dateline, and its
/// body blocks with continuation marks taken out.
/// </summary>
internal static class ArticleBuilder
{
    /// <summary>An editor's note (编者按, 编后) speaks about the article rather than being part of it.</summary>
    private static bool IsEditorsNote(string text) =>
        text.StartsWith("编者按", StringComparison.Ordinal)
        || text.StartsWith("【编者按】", StringComparison.Ordinal)
        || text.StartsWith("编后", StringComparison.Ordinal)
        || text.StartsWith("【编后】", StringComparison.Ordinal);

    public static Article Build(ArticleDraft draft, int order, WarningList warnings)
    {
        var head = HeadlineReader.Read(draft.Head);
        var orphan = HeadlineReader.Read(draft.Orphan);
        int? continuedTo = null, continuedFrom = null;
        var blocks = new List<Block>();
        var bylines = new List<string>(head.Bylines.Select(BylineReader.CleanByline));
        bylines.AddRange(orphan.Bylines.Select(BylineReader.CleanByline));
        var credits = new List<string>();
        Lead? lead = null;

        foreach (var unit in draft.Body)
        {
            LatinWords.Check(unit, warnings);
            switch (unit.Kind)
            {
                case UnitKind.Heading:
                    blocks.Add(Block.Subhead(ContinuationMarks.Take(unit.Text, ref continuedTo, ref continuedFrom)));
                    break;
                case UnitKind.Credit:
                case UnitKind.Byline:
                    credits.Add(unit.Text);
                    break;
                case UnitKind.List:
                    var items = unit.Items!.Select(i => ContinuationMarks.Take(i.Text, ref continuedTo, ref continuedFrom)).Where(t => t.Length > 0).ToList();
                    blocks.Add(new Block(BlockType.List, ContinuationMarks.Take(unit.Text, ref continuedTo, ref continuedFrom), items));
                    break;
                default:
                    var text = ContinuationMarks.Take(unit.Text, ref continuedTo, ref continuedFrom);
                    if (text.Length == 0) break;
                    if (!blocks.Any(b => b.Type == BlockType.Paragraph)) lead = BylineReader.ReadLead(text);
                    blocks.Add(IsEditorsNote(text) ? new Block(BlockType.Note, text) : Block.Paragraph(text));
                    break;
            }
        }

        // A photo credit names the article's maker when nothing else does; otherwise it stays as a caption line.
        foreach (var credit in credits)
        {
            if (bylines.Count == 0 && lead?.Byline is null) bylines.Add(BylineReader.CleanByline(credit));
            else blocks.Add(new Block(BlockType.Caption, credit));
        }

        var authors = new List<string>();
        void AddAuthors(string? text)
        {
            if (text is null) return;
            foreach (var name in BylineReader.Authors(text))
            {
                if (!authors.Contains(name, StringComparer.Ordinal)) authors.Add(name);
            }
        }

        foreach (var byline in bylines) AddAuthors(byline);
        AddAuthors(lead?.Byline);
        foreach (var credit in credits) AddAuthors(credit);
        var lastParagraph = blocks.LastOrDefault(b => b.Type == BlockType.Paragraph);
        if (lastParagraph is not null) AddAuthors(BylineReader.ReadTrailingCredit(lastParagraph.Text));

        var all = draft.Head.Concat(draft.Body).Concat(draft.Orphan).ToList();
        var first = all.Count > 0 ? all.Min(u => u.First) : 0;
        var last = all.Count > 0 ? all.Max(u => u.Last) : 0;
        var title = head.Title ?? orphan.Title;
        if (title is null)
        {
            warnings.Add(first, DiagnosticCodes.ArticleWithoutTitle,
                $"the article at lines {first}-{last} has no headline that could be found; add its title above its text in the seed.");
        }

        return new Article
        {
            Id = Article.MakeId(draft.Page, order),
            Page = draft.Page,
            Order = order,
            Kicker = head.Kicker ?? orphan.Kicker,
            Title = title ?? "",
            Subtitle = head.Subtitle ?? orphan.Subtitle,
            Column = head.Column ?? orphan.Column,
            Byline = bylines.Count > 0 ? string.Join(" ", bylines) : lead?.Byline,
            Authors = authors,
            Dateline = lead?.Dateline,
            Blocks = blocks,
            ContinuedTo = continuedTo,
            ContinuedFrom = continuedFrom,
            SourceLines = new LineRange(first, last),
        };
    }
}
