using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using EditionGen.Cli.Preview;
using EditionGen.Diagnostics;

namespace EditionGen.Cli.Commands;

/// <summary><c>editiongen serve</c>: a live preview that rebuilds on every change, with the options of <c>build</c>.</summary>
public static class ServeCommand
{
    public const int DefaultPort = 4000;

    public static Command Create(CliConsole console)
    {
        var build = new BuildOptionSet();
        var port = new Option<int>("--port") { Description = $"The port on 127.0.0.1; 0 picks a free one. Default: {DefaultPort}.", DefaultValueFactory = _ => DefaultPort };
        var command = build.AddTo(new Command("serve", "Build, serve the site on 127.0.0.1, and rebuild and reload open pages when seeds, content, templates or edition.yml change.")
        {
            port,
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            var number = result.GetValue(port);
            if (number is < 0 or > 65535) throw new UsageException("--port takes a number from 0 to 65535.");
            using var server = new PreviewServer(build.Read(result), number == 0 ? FreePort() : number, console.Out);
            await server.RunAsync(cancellationToken);
            return CliApplication.Success;
        });
        return command;
    }

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
