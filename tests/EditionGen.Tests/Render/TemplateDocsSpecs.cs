using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using EditionGen.Render;
using EditionGen.Render.Views;
using EditionGen.Tests.Support;
using Scriban.Runtime;

namespace EditionGen.Tests.Render;

/// <summary>
/// templates/README.md documents the objects templates receive; these specs compare its model section with the
/// view records, named as Scriban exposes them, so the documentation cannot drift from the program.
/// </summary>
public partial class TemplateDocsSpecs
{
    private const string GlobalsSection = "Globals";
    private const string StringsSection = "t";

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlySet<string>>> Sections = new(() => ReadModelSections(ReadmePath()));

    public static TheoryData<string> ViewTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in Views()) data.Add(type.Name);
        return data;
    }

    [Fact]
    public void The_model_section_documents_every_view_and_nothing_else()
    {
        var documented = Sections.Value.Keys.Where(k => k is not GlobalsSection and not StringsSection).Order(StringComparer.Ordinal);
        var views = Views().Select(ObjectName).Order(StringComparer.Ordinal);

        Assert.Equal(views, documented);
        Assert.True(Views().Count >= 15, "the view records were not found");
    }

    [Theory]
    [MemberData(nameof(ViewTypes))]
    public void Each_field_of_a_view_is_documented_and_each_documented_field_exists(string typeName)
    {
        var type = Views().Single(t => t.Name == typeName);
        var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => StandardMemberRenamer.Rename(p.Name))
            .ToHashSet(StringComparer.Ordinal);
        var section = ObjectName(type);

        Assert.True(Sections.Value.TryGetValue(section, out var documented), $"templates/README.md has no '### {section}' section for {type.Name}");
        Assert.Empty(members.Except(documented).Order(StringComparer.Ordinal));
        Assert.Empty(documented.Except(members).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_globals_table_names_exactly_the_globals_every_layout_receives()
    {
        var site = new SiteView("", "", "/", "/", "/", "/", "/", "/", "/", "/");
        var globals = new PageModel(site, new MetaView("home", "", "", "/", "/")).ToScriptObject(new ScriptObject()).Keys;

        Assert.Equal(globals.Order(StringComparer.Ordinal), Sections.Value[GlobalsSection].Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_field_missing_from_the_readme_would_be_noticed()
    {
        var readme = File.ReadAllText(ReadmePath()).Replace("| `text_url` |", "| text_url |", StringComparison.Ordinal);
        using var temp = new TempDir();
        var path = temp.Write("README.md", readme);

        var sections = ReadModelSections(path);

        Assert.DoesNotContain("text_url", sections["article"]);
        Assert.Contains("citation", sections["article"]);
    }

    private static IReadOnlyList<Type> Views() => typeof(SiteView).Assembly.GetTypes()
        .Where(t => t.IsPublic && t.Namespace == typeof(SiteView).Namespace && t.Name.EndsWith("View", StringComparison.Ordinal))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>ArticleView is documented as 'article', IssueLinkView as 'issue_link'.</summary>
    private static string ObjectName(Type type) => StandardMemberRenamer.Rename(type.Name[..^"View".Length]);

    /// <summary>Heading name (first word after ###) to the backquoted names in the first column of its table.</summary>
    private static Dictionary<string, IReadOnlySet<string>> ReadModelSections(string readmePath)
    {
        var text = File.ReadAllText(readmePath).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = text.IndexOf("\n## The model\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "templates/README.md has no '## The model' section");
        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var model = end < 0 ? text[start..] : text[start..end];

        var sections = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var part in model.Split("\n### ").Skip(1))
        {
            var lines = part.Split('\n');
            var names = new HashSet<string>(StringComparer.Ordinal);
            var rows = lines.Where(l => l.StartsWith('|')).Skip(2);
            foreach (var row in rows)
            {
                var firstCell = row.Split('|')[1];
                foreach (Match match in FieldName().Matches(firstCell)) names.Add(match.Groups[1].Value);
            }
            sections[lines[0].Split(' ')[0]] = names;
        }
        return sections;
    }

    private static string ReadmePath([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "templates", "README.md"));

    [GeneratedRegex("`([a-z0-9_]+)`")]
    private static partial Regex FieldName();
}
