namespace EditionGen.Ingest.Parsing;

/// <summary>What the opening of a news paragraph says: 新华社北京5月28日电, 本报讯(记者 张三).</summary>
internal sealed record Lead(string? Dateline, string? Byline);
