using EditionGen.Content;
using EditionGen.Model;

namespace EditionGen.Build.State;

/// <summary>
/// What each content file parsed into: the front matter fields an issue or an article is read with (its blocks,
/// warnings and confidence are never read from front matter), its excerpt, its key's place, its findings and the
/// file's length and time when they may be trusted.
/// </summary>
public static partial class BuildStateFile
{
    private static void WriteParses(BinaryWriter w, IReadOnlyDictionary<string, ContentParse> parses)
    {
        // A parse holding what this form does not keep is left out: its file is parsed again rather than read back short.
        var kept = Sorted(parses.Where(p => Keepable(p.Value)), p => p.Key);
        w.Write(kept.Length);
        foreach (var (path, p) in kept) WriteParse(w, path, p);
    }

    private static void WriteParse(BinaryWriter w, string path, ContentParse p)
    {
        w.Write(path);
        w.Write(p.Hash);
        w.Write(p.Issue is not null);
        if (p.Issue is not null) WriteIssue(w, p.Issue);
        w.Write(p.Article is not null);
        if (p.Article is not null) WriteArticle(w, p.Article);
        w.Write(p.Excerpt);
        WriteLocation(w, p.KeyLocation);
        WriteDiagnostics(w, p.Diagnostics);
        w.Write(p.Stamp is not null);
        if (p.Stamp is { } stamp)
        {
            w.Write(stamp.Length);
            w.Write(stamp.Ticks);
        }
    }

    /// <summary>Whether the state keeps <paramref name="p"/>: what the file's front matter and excerpt were read into, and nothing more.</summary>
    internal static bool Keepable(ContentParse p) =>
        p.Issue is not { Articles.Count: > 0 } and not { Warnings.Count: > 0 }
        && p.Article is not { Blocks.Count: > 0 } and not { Confidence: not null };

    private static Dictionary<string, ContentParse> ReadParses(BinaryReader r)
    {
        var count = Count(r);
        var parses = new Dictionary<string, ContentParse>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var (path, parse) = ReadParse(r);
            parses[path] = parse;
        }

        return parses;
    }

    private static (string Name, ContentParse Entry) ReadParse(BinaryReader r)
    {
        var path = r.ReadString();
        var hash = r.ReadString();
        var issue = r.ReadBoolean() ? ReadIssue(r) : null;
        var article = r.ReadBoolean() ? ReadArticle(r) : null;
        var excerpt = r.ReadString();
        var location = ReadLocation(r);
        var diagnostics = ReadList(r, () => ReadDiagnostic(r));
        FileStamp? stamp = r.ReadBoolean() ? new FileStamp(r.ReadInt64(), r.ReadInt64()) : null;
        return (path, new ContentParse(hash, issue, article, excerpt, location, diagnostics, stamp));
    }

    private static void WriteIssue(BinaryWriter w, Issue issue)
    {
        w.Write(issue.Source);
        WriteNumber(w, issue.Date?.DayNumber);
        WriteNullable(w, issue.LunarDate);
        WriteNullable(w, issue.Weekday);
        WriteNumber(w, issue.IssueNumber);
        WriteNumber(w, issue.PageCount);
        WriteNullable(w, issue.Contacts.Email);
        WriteNullable(w, issue.Contacts.Hotline);
        WriteTexts(w, issue.MastheadExtras);
        WriteList(w, issue.Pages, page =>
        {
            w.Write(page.Number);
            WriteNullable(w, page.Name);
            WriteTexts(w, page.RunningHeads);
        });
        WriteList(w, issue.Unassigned, residue =>
        {
            w.Write(residue.Line);
            w.Write(residue.Text);
        });
    }

    private static Issue ReadIssue(BinaryReader r) => new()
    {
        Source = r.ReadString(),
        Date = ReadNumber(r) is { } day ? DateOnly.FromDayNumber(day) : null,
        LunarDate = ReadNullable(r),
        Weekday = ReadNullable(r),
        IssueNumber = ReadNumber(r),
        PageCount = ReadNumber(r),
        Contacts = new Contacts(ReadNullable(r), ReadNullable(r)),
        MastheadExtras = ReadTexts(r),
        Pages = ReadList(r, () => new PageInfo(r.ReadInt32(), ReadNullable(r)) { RunningHeads = ReadTexts(r) }),
        Unassigned = ReadList(r, () => new Residue(r.ReadInt32(), r.ReadString())),
    };

    private static void WriteArticle(BinaryWriter w, Article article)
    {
        w.Write(article.Id);
        w.Write(article.Page);
        w.Write(article.Order);
        WriteNullable(w, article.Kicker);
        w.Write(article.Title);
        WriteNullable(w, article.Subtitle);
        WriteNullable(w, article.Column);
        WriteNullable(w, article.Byline);
        WriteTexts(w, article.Authors);
        WriteNullable(w, article.Dateline);
        WriteTexts(w, article.Summary);
        WriteTexts(w, article.Credits);
        WriteTexts(w, article.Signature);
        WriteNumber(w, article.ContinuedTo);
        WriteNumber(w, article.ContinuedFrom);
        w.Write(article.SourceLines.First);
        w.Write(article.SourceLines.Last);
    }

    private static Article ReadArticle(BinaryReader r) => new()
    {
        Id = r.ReadString(),
        Page = r.ReadInt32(),
        Order = r.ReadInt32(),
        Kicker = ReadNullable(r),
        Title = r.ReadString(),
        Subtitle = ReadNullable(r),
        Column = ReadNullable(r),
        Byline = ReadNullable(r),
        Authors = ReadTexts(r),
        Dateline = ReadNullable(r),
        Summary = ReadTexts(r),
        Credits = ReadTexts(r),
        Signature = ReadTexts(r),
        ContinuedTo = ReadNumber(r),
        ContinuedFrom = ReadNumber(r),
        SourceLines = new LineRange(r.ReadInt32(), r.ReadInt32()),
    };

    private static void WriteTexts(BinaryWriter w, IReadOnlyList<string> texts)
    {
        w.Write(texts.Count);
        foreach (var text in texts) w.Write(text);
    }

    private static IReadOnlyList<string> ReadTexts(BinaryReader r) => ReadList(r, r.ReadString);

    private static void WriteNumber(BinaryWriter w, int? value)
    {
        w.Write(value is not null);
        if (value is not null) w.Write(value.Value);
    }

    private static int? ReadNumber(BinaryReader r) => r.ReadBoolean() ? r.ReadInt32() : null;
}
