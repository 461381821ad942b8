using EditionGen.Diagnostics;
using EditionGen.Model;

namespace EditionGen.Content;

/// <summary>Turns the front matter of an article file into an <see cref="Article"/> without blocks.</summary>
internal static class ArticleFrontMatter
{
    public static Article? Read(ContentFile file, DiagnosticBag diagnostics)
    {
        var values = file.FrontMatter;
        values.WarnUnknownKeys(FrontMatterKeys.Article, "article");
        var title = values.Text("title");
        var page = values.Number("page");
        var order = values.Number("order");
        var id = values.Text("id");
        var kicker = values.Text("kicker");
        var subtitle = values.Text("subtitle");
        var column = values.Text("column");
        var byline = values.Text("byline");
        var authors = values.TextList("authors");
        var dateline = values.Text("dateline");
        var summary = values.TextList("summary");
        var credits = values.TextList("credits");
        var signature = values.TextList("signature");
        var continuedTo = values.Number("continued_to");
        var continuedFrom = values.Number("continued_from");
        var sourceLines = values.LineRange("source_lines");
        if (values.HasErrors) return null;

        var missing = false;
        if (title is null) Missing(ref missing, "title", "title: \"努力在高质量发展中闯出新路子\"");
        if (page is null) Missing(ref missing, "page", "page: 1");
        if (order is null) Missing(ref missing, "order", "order: 1");
        if (missing) return null;
        if (!ArticleKeyRules.Hold(values, id, page!.Value, order!.Value, diagnostics)) return null;

        return new Article
        {
            Id = id ?? Article.MakeId(page!.Value, order!.Value),
            Page = page!.Value,
            Order = order!.Value,
            Kicker = kicker,
            Title = title!,
            Subtitle = subtitle,
            Column = column,
            Byline = byline,
            Authors = authors,
            Dateline = dateline,
            Summary = summary,
            Credits = credits,
            Signature = signature,
            ContinuedTo = continuedTo,
            ContinuedFrom = continuedFrom,
            SourceLines = sourceLines,
        };

        void Missing(ref bool any, string key, string example)
        {
            any = true;
            file.Missing(diagnostics, key, example);
        }
    }
}
