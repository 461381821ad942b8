namespace EditionGen.Ingest.Reading.Labels;

/// <summary>
/// What one line of a seed is, as the reader labels it. Article boundaries follow from the labels: a
/// <see cref="Kicker"/>, a <see cref="Title"/> not under a kicker, a <see cref="Column"/> label above a headline
/// and <see cref="Start"/> each open an article; every other body label continues the article before it.
/// </summary>
public enum LineLabel
{
    /// <summary>The masthead: the paper's name, date, number, page count, contacts, promotions.</summary>
    Masthead,

    /// <summary>A page marker such as 第2版：要闻.</summary>
    PageMarker,

    /// <summary>A line printed above a page's articles that belongs to the page: its number, date or name.</summary>
    RunningHead,

    /// <summary>The line above a title that leads into it (引题).</summary>
    Kicker,

    /// <summary>The main headline line (主题).</summary>
    Title,

    /// <summary>The line under a title (副题), often opening with a dash.</summary>
    Subtitle,

    /// <summary>A column label (栏目) printed with a headline, such as 民生连线.</summary>
    Column,

    /// <summary>The first text line of an article whose headline is printed after its text.</summary>
    Start,

    /// <summary>A byline: 本报记者 张三, □工人日报记者/李四.</summary>
    Byline,

    /// <summary>A paragraph that opens with a dateline or lead: 新华社北京5月28日电…, 本报讯(记者 张三)….</summary>
    Lead,

    /// <summary>The first line of a paragraph of running text.</summary>
    Paragraph,

    /// <summary>A line that goes on with the paragraph above it: the second piece of a paragraph cut at a column end.</summary>
    Continuation,

    /// <summary>A heading inside an article's text (小标题).</summary>
    Subhead,

    /// <summary>
    /// A whole paragraph that stops without ending a sentence while the article goes on: a heading too long or
    /// too punctuated for a subhead, a lead-in ending in a colon or a dash. Read as a paragraph; apart from
    /// <see cref="Paragraph"/> so that a paragraph's line that stops in mid-sentence stays evidence of a cut.
    /// </summary>
    Display,

    /// <summary>The line that introduces a list, ending with a colon.</summary>
    ListLead,

    /// <summary>One item of a list.</summary>
    ListItem,

    /// <summary>A caption or a credit of a photo or graphic: …摄, 制图：…, 供图：….</summary>
    Credit,

    /// <summary>A summary or deck line printed with the headline: ■….</summary>
    Summary,

    /// <summary>An editor's note: 编者按…, 编后….</summary>
    Note,

    /// <summary>A letter's or statement's signature or date line at its end.</summary>
    Signature,

    /// <summary>A line that only says where the article goes on or comes from: （下转第二版）.</summary>
    ContinuationNote,

    /// <summary>Anything else; kept as unassigned text.</summary>
    Other,
}
