namespace EditionGen.Render.Views;

/// <summary>The <c>meta</c> object: what goes into <c>&lt;head&gt;</c> for this page.</summary>
/// <param name="Kind">The layout: home, issue, page, article, archive or 404.</param>
/// <param name="Title">The document title, already composed (article title · site title).</param>
/// <param name="Description">A plain-text excerpt cut by characters, for the meta description.</param>
/// <param name="CanonicalUrl">Absolute when <c>base_url</c> has a host, otherwise site-relative.</param>
/// <param name="Url">This page's site-relative URL.</param>
/// <param name="JsonLd">schema.org data for a script element, already JSON-encoded with &lt; &gt; &amp; escaped; null when none.</param>
public sealed record MetaView(string Kind, string Title, string Description, string CanonicalUrl, string Url, string? JsonLd = null);
