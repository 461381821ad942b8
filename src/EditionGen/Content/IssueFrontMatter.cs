using EditionGen.Diagnostics;
using EditionGen.Model;

namespace EditionGen.Content;

/// <summary>Turns the front matter of an <c>_index.md</c> into an <see cref="Issue"/> without articles.</summary>
internal static class IssueFrontMatter
{
    public static Issue? Read(ContentFile file, DiagnosticBag diagnostics)
    {
        var values = file.FrontMatter;
        values.WarnUnknownKeys(FrontMatterKeys.Issue, "issue");
        var issue = new Issue
        {
            Source = values.Text("source") ?? "",
            Date = values.Date("date"),
            LunarDate = values.Text("lunar_date"),
            Weekday = values.Text("weekday"),
            IssueNumber = values.Number("issue_number"),
            PageCount = values.Number("page_count"),
            Contacts = values.Contacts("contacts"),
            MastheadExtras = values.TextList("masthead_extras"),
            Pages = values.Pages("pages"),
            Unassigned = values.Residues("unassigned"),
        };
        if (values.HasErrors) return null;
        if (issue.Date is null)
        {
            file.Missing(diagnostics, "date", "date: 2023-05-30");
            return null;
        }
        return issue;
    }
}
