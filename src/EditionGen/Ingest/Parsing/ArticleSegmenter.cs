using EditionGen.Diagnostics;
using EditionGen.Model;

namespace EditionGen.Ingest.Parsing;

/// <summary>
/// Cuts the units after the masthead into articles. Running text belongs to the article before it; a run of
/// headline units between two bodies opens a new article, except a single short heading inside an article,
/// which is a subhead unless the evidence says a new article starts there.
/// </summary>
internal sealed class ArticleSegmenter(IReadOnlyList<Unit> units, bool indents, WarningList warnings)
{
    private readonly List<ArticleDraft> _articles = [];
    private readonly List<PageInfo> _markers = [];
    private readonly List<Residue> _unassigned = [];
    private ArticleDraft? _current;
    private int _page = 1;

    public SegmentedIssue Segment()
    {
        var i = 0;
        while (i < units.Count)
        {
            var unit = units[i];
            if (unit.Kind == UnitKind.PageMarker)
            {
                _current = null;
                _page = unit.Marker!.Number;
                _markers.Add(new PageInfo(_page, unit.Marker.Name));
                i++;
                while (i < units.Count && units[i].Kind is UnitKind.Heading or UnitKind.Body && PageHeaders.IsHeaderLine(units[i].Text))
                {
                    foreach (var piece in units[i].Pieces) _unassigned.Add(new Residue(piece.Line, piece.Text));
                    i++;
                }

                continue;
            }

            if (IsText(unit))
            {
                if (_current is null || _current.HasText && BylineReader.ReadLead(unit.Text) is not null)
                    _current = Open();
                _current.Body.Add(unit);
                i++;
                continue;
            }

            var end = i;
            while (end < units.Count && !IsText(units[end]) && units[end].Kind != UnitKind.PageMarker) end++;
            ReadRun(i, end);
            i = end;
        }

        return new SegmentedIssue(_articles, _markers, _unassigned);
    }

    private static bool IsText(Unit unit) => unit.Kind is UnitKind.Body or UnitKind.List;

    private ArticleDraft Open()
    {
        var draft = new ArticleDraft(_page);
        _articles.Add(draft);
        return draft;
    }

    private void ReadRun(int start, int end)
    {
        var run = units.Skip(start).Take(end - start).ToList();
        var afterCredit = false;
        while (run.Count > 0 && _current is not null && ClosesArticle(run))
        {
            _current.Body.Add(run[0]);
            run.RemoveAt(0);
            afterCredit = true;
        }

        if (run.Count == 0) return;
        var hasBodyAfter = end < units.Count && IsText(units[end]);
        if (!hasBodyAfter)
        {
            PlaceHeadlineWithoutBody(run);
            return;
        }

        if (run.Count == 1 && run[0].Kind == UnitKind.Heading && _current is not null && !afterCredit && IsSubhead(run[0], end))
        {
            _current.Body.Add(run[0]);
            return;
        }

        // A dash-led line with no title near it is an attribution or a line of dialogue, not a subtitle.
        if (_current is { HasText: true } && run.All(u => u.Kind == UnitKind.Subtitle))
        {
            foreach (var unit in run)
            {
                unit.Kind = UnitKind.Body;
                _current.Body.Add(unit);
            }

            return;
        }

        var (earlier, next) = HeadlineReader.Split(run);
        if (earlier.Count > 0 && _current is { IsHeadless: true } && HeadlineReader.IsWholeHeadline(earlier))
        {
            AttachOrphan(_current, earlier);
        }
        else if (earlier.Count > 0)
        {
            next.InsertRange(0, earlier);
            warnings.Add(earlier[0].First, DiagnosticCodes.ExtraHeadlineLines,
                $"read {earlier.Count} more headline line(s) before the title as part of its kicker; check the headline of the article starting at line {earlier[0].First}.");
        }

        _current = Open();
        _current.Head.AddRange(next);
    }

    /// <summary>
    /// Credits printed under an article's text belong to it: a photo credit always, a byline when the
    /// article has none and a headline follows (a byline followed only by text opens a new article).
    /// </summary>
    private bool ClosesArticle(List<Unit> run)
    {
        if (run[0].Kind == UnitKind.Credit) return true;
        return run[0].Kind == UnitKind.Byline
               && _current is { HasText: true } current
               && current.Head.All(u => u.Kind != UnitKind.Byline)
               && run.Skip(1).Any(u => u.Kind == UnitKind.Heading);
    }

    /// <summary>
    /// A lone heading inside an article is a subhead, unless a news lead follows it, the article before
    /// ended with its credits, the paragraphs after it end with a photo credit of their own, or (with
    /// indented paragraphs) a blank line sets it apart.
    /// </summary>
    private bool IsSubhead(Unit heading, int bodyStart)
    {
        if (indents && heading.BlankBefore) return false;
        if (BylineReader.ReadLead(units[bodyStart].Text) is not null) return false;
        var last = _current!.Body.LastOrDefault(u => u.Kind == UnitKind.Body);
        if (last is not null && BylineReader.ReadTrailingCredit(last.Text) is not null && _current.Body[^1] == last) return false;

        var i = bodyStart;
        while (i < units.Count && IsText(units[i])) i++;
        if (i < units.Count && units[i].Kind == UnitKind.Credit)
        {
            while (i < units.Count && units[i].Kind == UnitKind.Credit) i++;
            if (i >= units.Count || !IsText(units[i])) return false;
        }

        return true;
    }

    private void PlaceHeadlineWithoutBody(List<Unit> run)
    {
        if (_current is { IsHeadless: true } && run.Any(u => u.Kind == UnitKind.Heading))
        {
            AttachOrphan(_current, run);
            return;
        }

        foreach (var unit in run)
        {
            foreach (var piece in unit.Pieces) _unassigned.Add(new Residue(piece.Line, piece.Text));
        }

        warnings.Add(run[0].First, DiagnosticCodes.HeadlineWithoutBody,
            $"found headline lines with no article text after them (lines {run[0].First}-{run[^1].Last}); they are kept as unassigned text. Check whether the article they head is missing from the seed.");
    }

    private void AttachOrphan(ArticleDraft article, List<Unit> headline)
    {
        article.Orphan.AddRange(headline);
        var title = headline.LastOrDefault(u => u.Kind == UnitKind.Heading)?.Text ?? headline[^1].Text;
        var first = article.Head.Concat(article.Body).Select(u => u.First).DefaultIfEmpty(headline[0].First).Min();
        warnings.Add(headline[0].First, DiagnosticCodes.OrphanHeadlineAttached,
            $"the headline \"{title}\" is printed after the text it belongs to; it was given to the article without a headline that starts at line {first}. Move the headline above its article in the seed if this is wrong.");
    }
}
