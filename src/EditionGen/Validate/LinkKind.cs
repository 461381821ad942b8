namespace EditionGen.Validate;

/// <summary>Where a link goes, as far as the site is concerned.</summary>
internal enum LinkKind
{
    /// <summary>Another host, or a scheme such as <c>mailto:</c>, <c>tel:</c> or <c>data:</c>; not checked.</summary>
    External,

    /// <summary>The page itself (<c>#id</c>, <c>?q</c> or an empty link).</summary>
    SamePage,

    /// <summary>A file of the site, given by <see cref="ResolvedLink.Path"/>.</summary>
    Local,

    /// <summary>A root-absolute path that does not start with the site's base path.</summary>
    OutsideBase,

    /// <summary>A relative path whose <c>../</c> climb above the output folder.</summary>
    AboveRoot,
}
