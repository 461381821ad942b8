using EditionGen.Diagnostics;
using Scriban;

namespace EditionGen.Render;

/// <summary>
/// Parses each theme file once per render and reports its parse errors once, with Scriban's spans made 1-based.
/// An unparsable template is remembered as null so that every page using it is skipped quietly.
/// Pages are rendered on several threads at once, so lookups and parses are serialised; a parsed
/// <see cref="Template"/> may then be rendered by many threads, each with its own context.
/// </summary>
internal sealed class TemplateCache(Theme theme, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, Template?> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ThemeLookup> _lookups = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Finds a theme file once per render: every page includes the same few partials.</summary>
    public ThemeLookup Find(string name)
    {
        lock (_gate) return FindLocked(name);
    }

    public Template? Get(ThemeFile file)
    {
        lock (_gate) return GetLocked(file);
    }

    private ThemeLookup FindLocked(string name)
    {
        if (!_lookups.TryGetValue(name, out var lookup))
        {
            lookup = theme.Find(name);
            _lookups[name] = lookup;
        }
        return lookup;
    }

    private Template? GetLocked(ThemeFile file)
    {
        if (_templates.TryGetValue(file.DisplayPath, out var cached)) return cached;
        string text;
        try
        {
            text = file.ReadText();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.TemplateMissing, SourceLocation.File(file.DisplayPath),
                $"the template cannot be read ({exception.Message}); check that the file exists and is readable.");
            _templates[file.DisplayPath] = null;
            return null;
        }

        Template? template;
        try
        {
            template = Template.Parse(text, file.DisplayPath);
        }
        catch (Exception exception) when (BadInput.IsFrom(exception))
        {
            diagnostics.Error(DiagnosticCodes.TemplateParse, SourceLocation.File(file.DisplayPath),
                $"the template cannot be parsed ({exception.Message.Trim()}); check that every {{{{ has its }}}} and every block its end.");
            _templates[file.DisplayPath] = null;
            return null;
        }

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
