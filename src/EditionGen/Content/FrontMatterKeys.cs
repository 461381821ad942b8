namespace EditionGen.Content;

/// <summary>The front matter keys of issue and article files, in the order ingest writes them.</summary>
internal static class FrontMatterKeys
{
    public static readonly string[] Issue =
    [
        "source", "date", "lunar_date", "weekday", "issue_number", "page_count",
        "contacts", "masthead_extras", "pages", "unassigned", ContentLayout.IngestHashKey,
    ];

    public static readonly string[] Article =
    [
        "id", "page", "order", "kicker", "title", "subtitle", "column", "byline", "authors",
        "dateline", "summary", "credits", "signature", "continued_to", "continued_from", "source_lines", ContentLayout.IngestHashKey,
    ];
}
