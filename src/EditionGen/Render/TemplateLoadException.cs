using Scriban.Parsing;
using Scriban.Syntax;

namespace EditionGen.Render;

/// <summary>
/// An include that cannot be served: missing, refused, or already reported as unparsable
/// (<see cref="Code"/> is null then, so the page is skipped without a second message).
/// </summary>
internal sealed class TemplateLoadException(SourceSpan span, string? code, string message)
    : ScriptRuntimeException(span, message)
{
    public string? Code { get; } = code;
}
