namespace EditionGen.Ingest.Parsing;

/// <summary>What a unit of seed text is, judged from the unit alone.</summary>
internal enum UnitKind
{
    /// <summary>A page marker such as 第2版：要闻.</summary>
    PageMarker,

    /// <summary>A short line without sentence punctuation: a kicker, title, column label or subhead.</summary>
    Heading,

    /// <summary>A line opening with a dash: ——论….</summary>
    Subtitle,

    /// <summary>A byline such as □本报记者/张三.</summary>
    Byline,

    /// <summary>A photo credit such as 通讯员 张三 摄.</summary>
    Credit,

    /// <summary>Running text: a paragraph or a piece of one.</summary>
    Body,

    /// <summary>A lead-in line ending in a colon with item lines under it.</summary>
    List,
}
