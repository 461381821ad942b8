using System.CommandLine;
using EditionGen.Diagnostics;

namespace EditionGen.Cli.Commands;

/// <summary><c>editiongen new DIR</c>: scaffolds an empty edition ready for seeds.</summary>
public static class NewCommand
{
    public static Command Create(CliConsole console)
    {
        var dir = new Argument<DirectoryInfo>("DIR") { Description = "The folder of the new edition; it must be empty or not exist." };
        var title = new Option<string?>("--title") { Description = "The publication's name. Default: the folder's name." };
        var language = new Option<string>("--language") { Description = "The site's language.", DefaultValueFactory = _ => "zh-CN" };
        var command = new Command("new", "Create a new edition: edition.yml, seeds/, content/ and an empty templates/.") { dir, title, language };
        command.SetAction(result =>
        {
            var folder = result.GetRequiredValue(dir);
            if (folder.Exists && folder.EnumerateFileSystemInfos().Any())
            {
                throw new UsageException($"'{folder}' is not empty. Give a new or empty folder for the edition.");
            }

            folder.Create();
            foreach (var sub in new[] { "seeds", "content", "templates" }) folder.CreateSubdirectory(sub);
            File.WriteAllText(Path.Combine(folder.FullName, "edition.yml"), EditionYml(result.GetValue(title) ?? folder.Name, result.GetRequiredValue(language)));
            File.WriteAllText(Path.Combine(folder.FullName, ".gitignore"), "site-output/\n.site-output.*/\n.editiongen/\nnode_modules/\n");
            File.WriteAllText(Path.Combine(folder.FullName, "templates", "README.md"),
                "Layouts, partials and assets put here replace the built-in theme's file of the same path.\n" +
                "Run 'editiongen templates eject' to copy the built-in theme here for editing.\n");
            console.Out.WriteLine($"Created a new edition in {folder}. Put raw issue texts into {Path.Combine(folder.ToString(), "seeds")}/ and run 'editiongen build --root {folder}'.");
            return CliApplication.Success;
        });
        return command;
    }

    private static string EditionYml(string title, string language) => $"""
        # Site configuration. Keys: title, language, timezone, base_url, cname.
        title: "{title.Replace("\\", "\\\\").Replace("\"", "\\\"")}"
        language: {language}
        timezone: Asia/Shanghai
        # For a GitHub project site use https://OWNER.github.io/REPO/
        base_url: /

        """;
}
