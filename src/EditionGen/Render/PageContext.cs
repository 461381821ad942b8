using Scriban;
using Scriban.Runtime;

namespace EditionGen.Render;

/// <summary>The Scriban context of one page, which also notes every theme file the page's layout read.</summary>
internal sealed class PageContext(ScriptObject builtins) : TemplateContext(builtins)
{
    public HashSet<string> Loaded { get; } = new(StringComparer.Ordinal);
}
