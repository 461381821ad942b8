using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace EditionGen.Render;

/// <summary>
/// Serves <c>include</c> from the <see cref="Theme"/> (site templates first, then the built-in theme).
/// The key it returns is the display path, so Scriban's spans name the file as diagnostics print it;
/// the parsed template is handed to Scriban's cache so that Scriban never reads a file by itself.
/// </summary>
internal sealed class ThemeTemplateLoader(TemplateCache cache) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        (context as PageContext)?.Loaded.Add(templateName);
        var lookup = cache.Find(templateName);
        if (lookup.File is null)
            throw new TemplateLoadException(callerSpan, lookup.ErrorCode, lookup.Error!);
        var template = cache.Get(lookup.File)
            ?? throw new TemplateLoadException(callerSpan, null, $"{lookup.File.DisplayPath} has errors.");
        context.CachedTemplates.TryAdd(lookup.File.DisplayPath, template);
        return lookup.File.DisplayPath;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new TemplateLoadException(callerSpan, null, $"{templatePath} was not parsed before use.");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
