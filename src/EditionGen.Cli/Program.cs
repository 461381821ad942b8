return EditionGen.Cli.CliApplication.Run(args, Console.Out, Console.Error);
