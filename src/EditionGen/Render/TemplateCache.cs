using EditionGen.Diagnostics;
using Scriban;

namespace EditionGen.Render;

/// <summary>
/// Parses each theme file once per render and reports its parse errors once, with Scriban's spans made 1-based.
/// An unparsable template is remembered as null so that every page using it is skipped quietly.
/// </summary>
internal sealed class TemplateCache(Theme theme, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, Template?> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ThemeLookup> _lookups = new(StringComparer.Ordinal);

    /// <summary>Finds a theme file once per render: every page includes the same few partials.</summary>
    public ThemeLookup Find(string name)
    {
        if (!_lookups.TryGetValue(name, out var lookup))
        {
            lookup = theme.Find(name);
            _lookups[name] = lookup;
        }
        return lookup;
    }

    public Template? Get(ThemeFile file)
    {
        if (_templates.TryGetValue(file.DisplayPath, out var cached)) return cached;
        var template = Template.Parse(file.ReadText(), file.DisplayPath);
        if (template.HasErrors)
        {
            foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
                diagnostics.Error(DiagnosticCodes.TemplateParse, Locations.Of(message.Span, file.DisplayPath), message.Message);
            template = null;
        }
        _templates[file.DisplayPath] = template;
        return template;
    }
}
