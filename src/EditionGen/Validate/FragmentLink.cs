using EditionGen.Diagnostics;

namespace EditionGen.Validate;

/// <summary>A link to <c>#fragment</c> on another page, kept until that page's ids are known.</summary>
public sealed record FragmentLink(SourceLocation Location, string Href, string TargetPath, string Fragment, string? Origin);
