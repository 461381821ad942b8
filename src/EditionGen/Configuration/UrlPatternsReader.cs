using EditionGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace EditionGen.Configuration;

/// <summary>
/// Reads the <c>urls</c> mapping of <c>edition.yml</c> from YamlDotNet's representation model, which keeps the line
/// and column of every node, so a refused pattern is reported where it is written.
/// </summary>
internal static class UrlPatternsReader
{
    private const string Key = "urls";

    /// <summary>The patterns; the defaults for keys that are not set. A located <see cref="InputException"/> for a pattern that cannot be used.</summary>
    public static UrlPatterns Read(string yaml, string path)
    {
        var urls = FindUrls(yaml);
        if (urls is null) return UrlPatterns.Default;
        if (urls.Value.Node is YamlScalarNode { Value: null or "" or "~" }) return UrlPatterns.Default;
        if (urls.Value.Node is not YamlMappingNode mapping)
            throw Refuse(path, urls.Value.Node, DiagnosticCodes.UrlPatternInvalid,
                $"{Key} must be a mapping of issue, page and article to patterns; for example {Key}: {{ article: \"{UrlPatternSyntax.Example(UrlPatternKind.Article)}\" }}");

        var patterns = UrlPatterns.Default;
        var nodes = new Dictionary<UrlPatternKind, YamlNode>();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value;
            UrlPatternKind? kind = name switch
            {
                "issue" => UrlPatternKind.Issue,
                "page" => UrlPatternKind.Page,
                "article" => UrlPatternKind.Article,
                _ => null,
            };
            if (kind is null)
                throw Refuse(path, keyNode, DiagnosticCodes.UrlPatternInvalid,
                    $"{Key} has the unknown key {name}; the keys are issue, page and article, for example article: \"{UrlPatternSyntax.Example(UrlPatternKind.Article)}\"");
            if (valueNode is not YamlScalarNode { Value: { } text })
                throw Refuse(path, valueNode, DiagnosticCodes.UrlPatternInvalid,
                    $"{Key}.{name} must be a text pattern; for example {name}: \"{UrlPatternSyntax.Example(kind.Value)}\"");
            if (!UrlPattern.TryParse(kind.Value, text, out var pattern, out var problem))
                throw Refuse(path, valueNode, DiagnosticCodes.UrlPatternInvalid, $"{Key}: {problem}");
            nodes[kind.Value] = valueNode;
            patterns = kind.Value switch
            {
                UrlPatternKind.Issue => patterns with { Issue = pattern },
                UrlPatternKind.Page => patterns with { Page = pattern },
                _ => patterns with { Article = pattern },
            };
        }

        if (patterns != UrlPatterns.Default && UrlPatternCollisions.Find(patterns) is var (lower, higher, collision))
        {
            // Point at the later of the two patterns, or at the one that was written when the other is a default.
            var node = nodes.GetValueOrDefault(higher) ?? nodes.GetValueOrDefault(lower) ?? urls.Value.Key;
            throw Refuse(path, node, DiagnosticCodes.UrlPatternsCollide, $"{Key}: {collision}");
        }
        return patterns;
    }

    private static (YamlNode Key, YamlNode Node)? FindUrls(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return null;
        foreach (var (key, value) in root.Children)
        {
            if (key is YamlScalarNode { Value: Key }) return (key, value);
        }
        return null;
    }

    private static InputException Refuse(string path, YamlNode node, string code, string message) =>
        new(Diagnostic.Error(code, new SourceLocation(path, (int)node.Start.Line, (int)node.Start.Column), message));
}
