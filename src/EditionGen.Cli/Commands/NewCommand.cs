using System.CommandLine;
using EditionGen.Cli.Scaffold;
using EditionGen.Diagnostics;

namespace EditionGen.Cli.Commands;

/// <summary>
/// <c>editiongen new DIR</c>: scaffolds an edition that can be pushed to GitHub and published with search:
/// configuration, folders, the Pagefind pin, the tool manifest and the Pages workflow (see <see cref="EditionScaffold"/>).
/// </summary>
public static class NewCommand
{
    public static Command Create(CliConsole console)
    {
        var dir = new Argument<DirectoryInfo>("DIR") { Description = "The folder of the new edition; it must be empty or not exist, unless --force." };
        var title = new Option<string?>("--title") { Description = "The publication's name. Default: the folder's name." };
        var language = new Option<string>("--language") { Description = "The site's language: zh-CN or en.", DefaultValueFactory = _ => "zh-CN" };
        var force = new Option<bool>("--force") { Description = "Add the files that are missing to a folder that is not empty; existing files are never overwritten." };
        var command = new Command("new",
            "Create a new edition: edition.yml, seeds/, content/, templates/, the Pagefind pin, the tool manifest and a GitHub Pages workflow.")
        {
            dir, title, language, force,
        };
        command.SetAction(result =>
        {
            var folder = result.GetRequiredValue(dir);
            if (folder.Exists && folder.EnumerateFileSystemInfos().Any() && !result.GetValue(force))
            {
                throw new UsageException($"'{folder}' is not empty. Give a new or empty folder for the edition, or pass --force to add only the files that are missing.");
            }

            var name = result.GetValue(title) ?? folder.Name;
            var kept = new List<string>();
            foreach (var file in EditionScaffold.Names)
            {
                var target = Path.Combine(folder.FullName, file.Replace('/', Path.DirectorySeparatorChar));
                if (!WriteNew(target, EditionScaffold.Render(file, name, result.GetRequiredValue(language), ToolVersion.Package))) kept.Add(file);
            }

            foreach (var file in kept) console.Say($"Kept {file}, which already exists.");
            var shown = folder.ToString();
            console.Say($"Created a new edition in {shown}. Put raw issue texts into {Path.Combine(shown, "seeds")}/ and run 'editiongen build' in {shown}.");
            return CliApplication.Success;
        });
        return command;
    }

    /// <summary>Writes a file that does not exist yet; false, and nothing written, when anything (even a link) is at the path.</summary>
    private static bool WriteNew(string path, byte[] bytes)
    {
        if (Directory.Exists(path)) return false;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // CreateNew fails on an existing path, so a file or a link placed there is never written through.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(bytes);
            return true;
        }
        catch (IOException) when (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
        {
            return false;
        }
    }
}
