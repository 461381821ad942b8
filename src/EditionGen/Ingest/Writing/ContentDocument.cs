using EditionGen.Model;

namespace EditionGen.Ingest.Writing;

/// <summary>
/// The text of the files ingest writes: YAML front matter with a fixed key order (the same
/// snake_case names as the JSON of <c>editiongen parse</c>, absent values as <c>null</c>),
/// then the Markdown body, stamped with <see cref="IngestHash"/>. The article's summary, credits and
/// signature and a page's running heads are left out when empty, so an issue without them is written
/// byte for byte as before they existed and its files are not rewritten. The reader's confidence is not
/// written: it describes one reading of the seed, not the article, and would go stale with the first hand edit.
/// </summary>
internal static class ContentDocument
{
    public static string ForIssue(Issue issue)
    {
        var frontMatter = new FrontMatterBuilder()
            .Text("source", issue.Source)
            .Date("date", issue.Date)
            .Text("lunar_date", issue.LunarDate)
            .Text("weekday", issue.Weekday)
            .Number("issue_number", issue.IssueNumber)
            .Number("page_count", issue.PageCount)
            .Mapping("contacts",
                ("email", YamlScalar.Quote(issue.Contacts.Email)),
                ("hotline", YamlScalar.Quote(issue.Contacts.Hotline)))
            .TextList("masthead_extras", issue.MastheadExtras)
            .MappingList("pages", issue.Pages.Select(page => new[]
            {
                ("number", YamlScalar.Number(page.Number)),
                ("name", YamlScalar.Quote(page.Name)),
                ("running_heads", page.RunningHeads.Count == 0 ? null : YamlScalar.FlowList(page.RunningHeads)),
            }))
            .MappingList("unassigned", issue.Unassigned.Select(residue => new (string, string?)[]
            {
                ("line", YamlScalar.Number(residue.Line)),
                ("text", YamlScalar.Quote(residue.Text)),
            }))
            .Close();
        return IngestHash.Stamp(frontMatter, "");
    }

    public static string ForArticle(Article article)
    {
        var frontMatter = new FrontMatterBuilder()
            .Text("id", article.Id)
            .Number("page", article.Page)
            .Number("order", article.Order)
            .Text("kicker", article.Kicker)
            .Text("title", article.Title)
            .Text("subtitle", article.Subtitle)
            .Text("column", article.Column)
            .Text("byline", article.Byline)
            .TextList("authors", article.Authors)
            .Text("dateline", article.Dateline)
            .TextListIfAny("summary", article.Summary)
            .TextListIfAny("credits", article.Credits)
            .TextListIfAny("signature", article.Signature)
            .Number("continued_to", article.ContinuedTo)
            .Number("continued_from", article.ContinuedFrom)
            .FlowMapping("source_lines",
                ("first", YamlScalar.Number(article.SourceLines.First)),
                ("last", YamlScalar.Number(article.SourceLines.Last)))
            .Close();
        var body = MarkdownBodyWriter.Write(article.Blocks);
        return IngestHash.Stamp(frontMatter, body.Length == 0 ? "" : "\n" + body);
    }
}
