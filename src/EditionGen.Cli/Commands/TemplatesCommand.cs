using System.CommandLine;
using EditionGen.Configuration;
using EditionGen.Diagnostics;
using EditionGen.Render;

namespace EditionGen.Cli.Commands;

/// <summary><c>editiongen templates eject [NAME...]</c>: copies built-in theme files into the site's templates/ for editing.</summary>
public static class TemplatesCommand
{
    private const string SiteFolder = "templates";

    public static Command Create(CliConsole console)
    {
        var names = new Argument<string[]>("NAME")
        {
            Description = "Theme files or folders to copy, such as layouts/article.html or partials/. Default: the whole theme.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var root = CommonOptions.Root();
        var force = new Option<bool>("--force") { Description = "Overwrite files that already exist in templates/." };
        var eject = new Command("eject", "Copy built-in theme files into templates/, where they replace the built-in ones and can be edited.") { names, root, force };
        eject.SetAction(result =>
        {
            var folder = result.GetRequiredValue(root).FullName;
            var files = Select(result.GetValue(names) ?? []);
            Eject(console, folder, files, result.GetValue(force));
            return CliApplication.Success;
        });
        return new Command("templates", "Work with the theme's templates.") { eject };
    }

    /// <summary>The built-in files the names stand for, every file when none is given; an unknown name is a usage error.</summary>
    private static IReadOnlyList<string> Select(IReadOnlyList<string> names)
    {
        if (names.Count == 0) return BuiltInTheme.Names;
        var unknown = names.Where(n => BuiltInTheme.Select(n).Count == 0).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException(
                $"the built-in theme has no file or folder {string.Join(", ", unknown.Select(n => $"'{n}'"))}. Available: "
                + string.Join(", ", BuiltInTheme.Folders.Concat(BuiltInTheme.Names)) + ".");
        }
        return names.SelectMany(BuiltInTheme.Select).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private static void Eject(CliConsole console, string root, IReadOnlyList<string> files, bool force)
    {
        if (!File.Exists(Path.Combine(root, EditionConfigLoader.FileName)))
        {
            throw new UsageException(
                $"'{root}' has no {EditionConfigLoader.FileName}, so it is not an edition; run the command in the edition's folder or pass --root.");
        }

        var templates = Path.Combine(root, SiteFolder);
        var existing = files.Where(f => File.Exists(Target(templates, f))).ToList();
        if (existing.Count > 0 && !force)
        {
            // Nothing is copied unless everything can be, so a refused run leaves templates/ as it was.
            throw new UsageException(
                $"{string.Join(", ", existing.Select(f => $"{SiteFolder}/{f}"))} already exist(s) and may hold your changes; "
                + "nothing was copied. Pass --force to overwrite, or name only the files you want.");
        }

        foreach (var file in files)
        {
            var target = Target(templates, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, BuiltInTheme.Read(file));
            console.Say($"{(existing.Contains(file) ? "Replaced" : "Copied")} {SiteFolder}/{file}");
        }
        console.Say($"Ejected {files.Count} file(s) into {SiteFolder}/; they now replace the built-in ones in every build.");
    }

    private static string Target(string templates, string name) =>
        Path.Combine(templates, name.Replace('/', Path.DirectorySeparatorChar));
}
