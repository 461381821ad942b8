namespace EditionGen.Tests.Cli;

/// <summary>What a program run by a test printed and how it ended.</summary>
public sealed record ProcessResult(string Command, int ExitCode, string Out, string Error);
