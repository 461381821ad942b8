using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;

namespace EditionGen.Render;

/// <summary>The Scriban context of one page, which also notes every theme file the page's layout read.</summary>
internal sealed class PageContext(ScriptObject builtins) : TemplateContext(builtins)
{
    // How a type's members are read depends only on the type (the contexts of pages share their member filter and
    // renamer, Scriban's defaults): found once a process instead of by reflection in every page's context.
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> Accessors = new();

    public HashSet<string> Loaded { get; } = new(StringComparer.Ordinal);

    protected override IObjectAccessor GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (Accessors.TryGetValue(type, out var accessor)) return accessor;
        var made = base.GetMemberAccessorImpl(target);
        return made is null ? made! : Accessors.GetOrAdd(type, made);
    }
}
