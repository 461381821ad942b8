namespace EditionGen.Validate;

/// <summary>
/// Resolves <c>href</c> and <c>src</c> values the way a browser would on the published site:
/// relative to the page, root-absolute under the base path, or absolute on the site's own host.
/// Query strings are ignored because static hosting ignores them too.
/// </summary>
internal sealed class LinkResolver(string basePath, string? siteHost, bool anyHostIsOwn = false)
{
    public ResolvedLink Resolve(string pagePath, string href)
    {
        var value = href.Trim();
        var fragmentAt = value.IndexOf('#');
        var fragment = fragmentAt >= 0 ? Uri.UnescapeDataString(value[(fragmentAt + 1)..]) : null;
        var beforeFragment = fragmentAt >= 0 ? value[..fragmentAt] : value;
        var queryAt = beforeFragment.IndexOf('?');
        var path = queryAt >= 0 ? beforeFragment[..queryAt] : beforeFragment;

        if (path.Length == 0)
        {
            return new ResolvedLink(LinkKind.SamePage, pagePath, fragment);
        }

        if (path.StartsWith("//", StringComparison.Ordinal))
        {
            if (!TrySplitHost(path[2..], out path))
            {
                return new ResolvedLink(LinkKind.External, value, fragment);
            }
        }
        else if (SchemeLength(path) is var schemeLength and > 0)
        {
            var scheme = path[..schemeLength];
            var isWeb = scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase);
            var rest = path[(schemeLength + 1)..];
            if (!isWeb || !rest.StartsWith("//", StringComparison.Ordinal) || !TrySplitHost(rest[2..], out path))
            {
                return new ResolvedLink(LinkKind.External, value, fragment);
            }
        }

        var decoded = Uri.UnescapeDataString(path);
        string joined;
        if (decoded.StartsWith('/'))
        {
            if (decoded + "/" == basePath)
            {
                decoded = basePath;
            }

            if (!decoded.StartsWith(basePath, StringComparison.Ordinal))
            {
                return new ResolvedLink(LinkKind.OutsideBase, decoded, fragment);
            }

            joined = decoded[basePath.Length..];
        }
        else
        {
            var slash = pagePath.LastIndexOf('/');
            joined = (slash >= 0 ? pagePath[..(slash + 1)] : "") + decoded;
        }

        var normalized = RemoveDotSegments(joined);
        if (normalized is null)
        {
            return new ResolvedLink(LinkKind.AboveRoot, decoded, fragment);
        }

        if (normalized.Length == 0 || normalized.EndsWith('/'))
        {
            normalized += "index.html";
        }

        return new ResolvedLink(LinkKind.Local, normalized, fragment);
    }

    /// <summary>Whether <paramref name="href"/> is relative, and so resolved against the page or its <c>&lt;base&gt;</c>.</summary>
    public static bool IsRelative(string href)
    {
        var value = href.Trim();
        return !value.StartsWith('/') && SchemeLength(value) == 0;
    }

    private bool TrySplitHost(string authorityAndPath, out string path)
    {
        var slash = authorityAndPath.IndexOf('/');
        var authority = slash >= 0 ? authorityAndPath[..slash] : authorityAndPath;
        path = slash >= 0 ? authorityAndPath[slash..] : "/";
        var host = authority[(authority.LastIndexOf('@') + 1)..];
        var colon = host.LastIndexOf(':');
        if (colon >= 0 && !host.EndsWith(']'))
        {
            host = host[..colon];
        }

        return anyHostIsOwn || (siteHost is not null && host.Equals(siteHost, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The length of a URL scheme such as <c>mailto</c>, or 0 when the value has none.</summary>
    private static int SchemeLength(string value)
    {
        if (value.Length == 0 || !char.IsAsciiLetter(value[0]))
        {
            return 0;
        }

        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == ':')
            {
                return i;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>Applies <c>.</c> and <c>..</c> segments; null when they climb above the root.</summary>
    private static string? RemoveDotSegments(string path)
    {
        var segments = path.Split('/');
        var kept = new List<string>();
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var isLast = i == segments.Length - 1;
            if (segment == "..")
            {
                if (kept.Count == 0)
                {
                    return null;
                }

                kept.RemoveAt(kept.Count - 1);
                if (isLast)
                {
                    kept.Add("");
                }
            }
            else if (segment == "." || (segment.Length == 0 && !isLast))
            {
                if (isLast)
                {
                    kept.Add("");
                }
            }
            else
            {
                kept.Add(segment);
            }
        }

        return string.Join('/', kept);
    }
}
