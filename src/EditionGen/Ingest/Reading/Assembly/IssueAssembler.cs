using EditionGen.Diagnostics;
using EditionGen.Ingest.Parsing;
using EditionGen.Ingest.Reading.Labels;
using EditionGen.Model;

namespace EditionGen.Ingest.Reading.Assembly;

/// <summary>
/// Turns a labelled seed into an issue: masthead lines into the masthead, page markers and running heads into
/// pages, and the lines between them into articles. Where an article starts and ends follows from the labels
/// alone; nothing here decides again what a line is.
/// </summary>
internal sealed class IssueAssembler(LabeledSeed seed, WarningList warnings)
{
    private readonly List<ArticleDraft> _drafts = [];
    private readonly List<PageInfo> _markers = [];
    private readonly Dictionary<int, List<string>> _runningHeads = [];
    private readonly List<Residue> _unassigned = [];
    private readonly List<SeedLine> _masthead = [];
    private ArticleDraft? _current;
    private int _page = 1;

    public Issue Assemble(string source)
    {
        for (var i = 0; i < seed.Lines.Count; i++) Place(i);

        var masthead = MastheadReader.Read(_masthead);
        var articles = new List<Article>(_drafts.Count);
        var orders = new Dictionary<int, int>();
        foreach (var draft in _drafts)
        {
            if (!draft.HasText)
            {
                KeepHeadlineWithoutText(draft);
                continue;
            }

            var order = orders.GetValueOrDefault(draft.Page) + 1;
            orders[draft.Page] = order;
            articles.Add(new ArticleAssembler(seed, warnings).Build(draft, order));
        }

        var pages = Pages(articles);
        CheckPageCount(masthead, pages);
        var date = masthead.Date ?? DateOfSource(source);
        _unassigned.Sort((a, b) => a.Line.CompareTo(b.Line));
        if (_unassigned.Count > 0)
        {
            warnings.Add(_unassigned[0].Line, DiagnosticCodes.TextUnassigned,
                $"{_unassigned.Count} line(s) from line {_unassigned[0].Line} on could not be placed in any article; they are kept under \"unassigned\". Check the seed around that line.");
        }

        return new Issue
        {
            Source = source,
            Date = date,
            LunarDate = masthead.LunarDate,
            Weekday = masthead.Weekday,
            IssueNumber = masthead.IssueNumber,
            PageCount = masthead.PageCount,
            Contacts = masthead.Contacts,
            MastheadExtras = masthead.Extras,
            Pages = pages,
            Articles = articles,
            Unassigned = _unassigned,
            Warnings = warnings.Sorted(),
        };
    }

    /// <summary>A masthead that prints no date leaves the issue the date its file name gives, with a warning to check it.</summary>
    private DateOnly? DateOfSource(string source)
    {
        if (SourceDate.Of(source) is not { } date) return null;
        warnings.Add(1, DiagnosticCodes.MastheadWithoutDate,
            $"the masthead prints no date, so the issue takes the one its file name gives, {date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}; add the date line at the top of the seed (for example 2023年5月30日) if that is not the issue's date.");
        return date;
    }

    private void Place(int i)
    {
        var line = seed.Lines[i];
        var label = seed.Labels[i];
        if (label == LineLabel.Masthead && _drafts.Count > 0) label = LineLabel.RunningHead;
        if (label == LineLabel.PageMarker && PageMarkers.Read(line.Text) is null) label = LineLabel.RunningHead;

        switch (label)
        {
            case LineLabel.Masthead:
                // Under a page marker the masthead is printed on that page: its lines are the page's running heads too.
                _masthead.Add(new SeedLine(line.Number, line.Text));
                if (_markers.Count > 0) RunningHead(line.Text);
                return;
            case LineLabel.PageMarker:
                var marker = PageMarkers.Read(line.Text)!;
                _page = marker.Number;
                _markers.Add(new PageInfo(marker.Number, marker.Name));
                _current = null;
                return;
            case LineLabel.RunningHead:
                RunningHead(line.Text);
                return;
            case LineLabel.Other:
                _unassigned.Add(new Residue(line.Number, line.Text));
                return;
            case LineLabel.Start:
                _current = Open(headlineFollows: true);
                _current.Add(LineLabel.Start, i);
                return;
            case LineLabel.Continuation when Continued() is { } draft:
                _current = draft;
                draft.Pieces[^1].Lines.Add(i);
                return;
            case LineLabel.Continuation:
                label = LineLabel.Paragraph;
                break;
        }

        if (label.IsHeadline())
        {
            PlaceHeadline(label, i);
            return;
        }

        if (_current is null || _current.ReadingTrailingHeadline) _current = Open(headlineFollows: false);
        _current.Add(label, i);
    }

    /// <summary>
    /// The article whose last paragraph a cut piece goes on with: the current one, unless its text ends a
    /// sentence (or it has none yet) while one of the few articles before it on the page stops in mid-sentence.
    /// A page's columns are read in the order the extractor met them, so a cut paragraph can resume after
    /// another article's lines; the article it resumes is read on from there.
    /// </summary>
    private ArticleDraft? Continued()
    {
        if (_current is not { Pieces.Count: > 0 }) return null;
        if (StopsMidSentence(_current)) return _current;
        var reach = 0;
        for (var k = _drafts.Count - 1; k >= 0 && reach < ResumeReach; k--)
        {
            var draft = _drafts[k];
            if (draft == _current) continue;
            if (draft.Page != _page) break;
            reach++;
            if (!draft.ReadingTrailingHeadline && StopsMidSentence(draft)) return draft;
        }

        return _current;
    }

    private const int ResumeReach = 3;

    private bool StopsMidSentence(ArticleDraft draft)
    {
        var last = draft.Pieces[^1];
        return !last.Label.IsHeadline() && !TextRules.EndsSentence(seed.Lines[last.Lines[^1]].Text);
    }

    private void RunningHead(string text)
    {
        if (!_runningHeads.TryGetValue(_page, out var heads)) _runningHeads[_page] = heads = [];
        heads.Add(text);
    }

    private void PlaceHeadline(LineLabel label, int i)
    {
        var previous = _current?.Pieces.LastOrDefault()?.Label;
        if (_current is { AwaitsHeadline: true, HasText: true })
        {
            _current.AwaitsHeadline = false;
            _current.ReadingTrailingHeadline = true;
            _current.Add(label, i);
            return;
        }

        var inHeadline = _current is not null && previous is { } above && above.IsHeadline()
                         && (!_current.HasText || _current.ReadingTrailingHeadline)
                         && HeadlineOrder.CanFollow(above, label);
        if (!inHeadline) _current = Open(headlineFollows: false);
        _current!.Add(label, i);
    }

    /// <summary>A headline with no text under it heads nothing: its lines are kept as unassigned text.</summary>
    private void KeepHeadlineWithoutText(ArticleDraft draft)
    {
        var lines = draft.Pieces.SelectMany(p => p.Lines).Order().Select(i => seed.Lines[i]).ToList();
        foreach (var line in lines) _unassigned.Add(new Residue(line.Number, line.Text));
        warnings.Add(lines[0].Number, DiagnosticCodes.HeadlineWithoutBody,
            $"found headline lines with no article text after them (lines {lines[0].Number}-{lines[^1].Number}); they are kept as unassigned text. Check whether the article they head is missing from the seed.");
    }

    private ArticleDraft Open(bool headlineFollows)
    {
        var draft = new ArticleDraft(_page, headlineFollows);
        _drafts.Add(draft);
        return draft;
    }

    private List<PageInfo> Pages(IReadOnlyList<Article> articles)
    {
        var numbers = articles.Select(a => a.Page).Concat(_markers.Select(m => m.Number)).Concat(_runningHeads.Keys).Distinct().Order();
        return numbers.Select(n => new PageInfo(n, _markers.FirstOrDefault(m => m.Number == n && m.Name is not null)?.Name)
        {
            RunningHeads = _runningHeads.TryGetValue(n, out var heads) ? heads : Array.Empty<string>(),
        }).ToList();
    }

    private void CheckPageCount(Masthead masthead, List<PageInfo> pages)
    {
        // Without page markers a seed may hold only some pages of an issue, so the count proves nothing.
        if (_markers.Count == 0 || masthead.PageCount is null || masthead.PageCount == pages.Count) return;
        warnings.Add(masthead.PageCountLine, DiagnosticCodes.PageCountDiffers,
            $"the masthead announces {masthead.PageCount} page(s) but the seed marks {pages.Count}; check for a missing or misread page marker.");
    }
}
