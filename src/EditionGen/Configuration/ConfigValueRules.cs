using System.Globalization;
using System.Text.RegularExpressions;
using EditionGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace EditionGen.Configuration;

/// <summary>
/// Values of <c>edition.yml</c> that parse but cannot be right, refused at their line with what to write instead:
/// a time zone that is not an IANA id, a language that is not a BCP 47 tag, a base_url that is neither an http(s)
/// address nor a path, a cname that is not a host name.
/// </summary>
internal static partial class ConfigValueRules
{
    /// <summary>Throws a located <see cref="InputException"/> (EG0002) for the first value that breaks a rule.</summary>
    public static void Check(YamlMappingNode? root, EditionConfig config, string path)
    {
        Refuse(root, path, "timezone", TimezoneProblem(config.Timezone));
        Refuse(root, path, "language", LanguageProblem(config.Language));
        Refuse(root, path, "base_url", BaseUrlProblem(config.BaseUrl));
        Refuse(root, path, "cname", config.Cname is null ? null : CnameProblem(config.Cname));
    }

    /// <summary>Why a base URL, such as one given with --base-url, cannot be used; null when it can.</summary>
    public static string? BaseUrlProblem(string baseUrl)
    {
        const string Hint = "give an http(s) address such as https://owner.github.io/repo/, or a path such as / or /repo/";
        if (baseUrl.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)) || baseUrl.Contains('\\', StringComparison.Ordinal))
            return $"'{baseUrl}' holds a space, a control character or a backslash; {Hint}";
        if (baseUrl.StartsWith("//", StringComparison.Ordinal))
            return $"'{baseUrl}' starts with //, which names another host; {Hint}";
        if (baseUrl.StartsWith('/'))
        {
            return baseUrl.Split('/').Any(segment => segment is "." or "..") || baseUrl.IndexOfAny(['?', '#']) >= 0
                ? $"the path '{baseUrl}' holds '.', '..', '?' or '#'; {Hint}"
                : null;
        }

        if (Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
            && uri.Query.Length == 0 && uri.Fragment.Length == 0)
        {
            return null;
        }

        return $"'{baseUrl}' is neither an http(s) address nor a path; {Hint}";
    }

    private static string? TimezoneProblem(string timezone)
    {
        if (TimeZoneInfo.TryFindSystemTimeZoneById(timezone, out var zone) ? zone.HasIanaId : !HasZoneData && IanaLike().IsMatch(timezone))
            return null;
        return $"'{timezone}' is not an IANA time zone; write one such as Asia/Shanghai, Asia/Urumqi or Europe/Berlin";
    }

    // Without the system's zone database no id can be looked up; its shape is all that can be checked then.
    private static bool HasZoneData => TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Shanghai", out _);

    private static string? LanguageProblem(string language) =>
        LanguageTag().IsMatch(language)
            ? null
            : $"'{language}' is not a BCP 47 language tag; write one such as zh-CN, zh-Hans, ug or en";

    private static string? CnameProblem(string cname)
    {
        var host = cname.Trim();
        var scheme = host.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) host = host[(scheme + 3)..];
        host = host.TrimEnd('/');
        string ascii;
        try
        {
            ascii = new IdnMapping().GetAscii(host);
        }
        catch (ArgumentException)
        {
            ascii = "";
        }

        return ascii.Length is > 0 and <= 253 && ascii.Split('.').Length >= 2 && ascii.Split('.').All(HostLabel().IsMatch)
            ? null
            : $"'{cname}' is not a host name; write the bare domain the site is served at, such as news.example.org";
    }

    private static void Refuse(YamlMappingNode? root, string path, string key, string? problem)
    {
        if (problem is null) return;
        var node = root?.Children.FirstOrDefault(entry => entry.Key is YamlScalarNode { Value: var name } && name == key).Value;
        var location = node is null
            ? SourceLocation.File(path)
            : new SourceLocation(path, (int)node.Start.Line, (int)node.Start.Column);
        throw new InputException(Diagnostic.Error(DiagnosticCodes.ConfigurationValueInvalid, location, $"{key}: {problem}."));
    }

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"^(UTC|[A-Z][A-Za-z_]+(/[A-Za-z0-9_+-]+)+)$", RegexOptions.CultureInvariant)]
    private static partial Regex IanaLike();

    [GeneratedRegex(@"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$", RegexOptions.CultureInvariant)]
    private static partial Regex HostLabel();
}
