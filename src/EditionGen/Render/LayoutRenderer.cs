using System.Text;
using EditionGen.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace EditionGen.Render;

/// <summary>
/// Renders one layout with one page's model in a fresh, strict Scriban context. A failure becomes a located
/// diagnostic and a null result: that page is not produced, the others go on.
/// </summary>
internal sealed class LayoutRenderer
{
    private const int LoopLimit = 1_000_000;
    private const int RecursiveLimit = 64;
    private const int StringLimit = 16 * 1024 * 1024;
    private const int OutputLimit = 64 * 1024 * 1024;
    private const int KeptTextCapacity = 1024 * 1024;

    // Shared between pages: the built-in functions are read-only and costly to build 200,000 times.
    private readonly ScriptObject _builtins = TemplateContext.GetDefaultBuiltinObject();
    private readonly TemplateCache _cache;
    private readonly ThemeTemplateLoader _loader;
    private readonly DiagnosticBag _diagnostics;
    private readonly Action<string, IReadOnlyCollection<string>>? _rendered;

    // The text of the page being rendered, one builder a thread kept between pages: a fresh context's builder grows
    // chunk by chunk through every page, which allocated about as much as the pages' own text.
    [ThreadStatic] private static StringBuilder? _pageText;

    /// <param name="rendered">Told, after each page, its layout and the theme files it read, so that a later build knows what the page depends on.</param>
    public LayoutRenderer(Theme theme, DiagnosticBag diagnostics, Action<string, IReadOnlyCollection<string>>? rendered = null)
    {
        _diagnostics = diagnostics;
        _rendered = rendered;
        _cache = new TemplateCache(theme, diagnostics);
        _loader = new ThemeTemplateLoader(_cache);
    }

    /// <summary>The rendered text, or null after reporting why it could not be rendered.</summary>
    public string? Render(string layoutName, ScriptObject model, out string origin)
    {
        var lookup = _cache.Find(layoutName);
        if (lookup.File is null)
        {
            origin = Theme.SiteFolder + "/" + layoutName;
            _diagnostics.Error(lookup.ErrorCode!, SourceLocation.File(origin), lookup.Error!);
            return null;
        }

        origin = lookup.File.DisplayPath;
        var template = _cache.Get(lookup.File);
        if (template is null) return null;

        var context = new PageContext(_builtins)
        {
            StrictVariables = true,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            TemplateLoader = _loader,
            NewLine = "\n",
            // Scriban truncates silently at one million characters by default; a long article must
            // come out whole, and a runaway template must fail loudly rather than be cut.
            LimitToString = StringLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
        };
        // Taken from the thread while in use, so that a render within a render gets a builder of its own.
        var text = _pageText ?? new StringBuilder(64 * 1024);
        _pageText = null;
        context.PushOutput(new StringBuilderOutput(text));
        context.PushGlobal(model);
        context.Loaded.Add(layoutName);
        try
        {
            var page = template.Render(context);
            _rendered?.Invoke(layoutName, context.Loaded);
            return page;
        }
        catch (TemplateLoadException exception)
        {
            if (exception.Code is not null)
                _diagnostics.Error(exception.Code, Locations.Of(exception.Span, origin), exception.OriginalMessage);
            return null;
        }
        catch (ScriptRuntimeException exception)
        {
            _diagnostics.Error(DiagnosticCodes.TemplateRuntime, Locations.Of(exception.Span, origin), exception.OriginalMessage);
            return null;
        }
        catch (Exception exception) when (BadInput.IsFrom(exception))
        {
            // Scriban throws more than ScriptRuntimeException on some broken templates; the page is skipped all the same.
            _diagnostics.Error(DiagnosticCodes.TemplateRuntime, SourceLocation.File(origin), exception.Message);
            return null;
        }
        finally
        {
            // A builder grown by a very long page is let go rather than held for the rest of the build.
            if (text.Capacity <= KeptTextCapacity) _pageText = text.Clear();
        }
    }
}
