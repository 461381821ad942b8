using System.Diagnostics;
using EditionGen.Build;
using EditionGen.Diagnostics;
using EditionGen.Tests.Cli;
using EditionGen.Tests.Support;

namespace EditionGen.Tests.Build;

public sealed class BuildLockSpecs : IDisposable
{
    private readonly SampleEdition _edition = SampleEdition.Create();

    public void Dispose() => _edition.Dispose();

    private string State => _edition.PathOf(".editiongen");

    private CliRun Build(params string[] extra) => CliRun.Of(["build", "--root", _edition.Root, "--no-search", .. extra]);

    [Fact]
    public void A_second_build_with_no_wait_stops_at_once_with_a_message_and_writes_nothing()
    {
        using var first = BuildLock.Acquire(State, wait: false);

        var run = Build("--no-wait");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"\.editiongen/build\.lock: error EG0512: the build in process \d+ \(started [0-9TZ:-]+\) of this edition is running", run.Error);
        Assert.False(Directory.Exists(_edition.PathOf("content")));
        Assert.False(Directory.Exists(_edition.Output));
    }

    [Fact]
    public async Task A_second_build_says_that_it_waits_and_builds_once_the_first_has_finished()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var first = BuildLock.Acquire(State, wait: false);
        var told = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = new BuildOptions { Root = _edition.Root, NoSearch = true, Waiting = message => told.TrySetResult(message) };

        var second = Task.Run(() => new BuildPipeline(options).RunAsync(cancellationToken: stop.Token));
        var message = await told.Task.WaitAsync(stop.Token);

        Assert.Contains("Waiting for the build in process", message);
        Assert.Contains("--no-wait", message);
        Assert.False(second.IsCompleted);
        Assert.False(Directory.Exists(_edition.PathOf("content")));
        first.Dispose();
        var result = await second;
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void A_lock_file_left_behind_by_a_build_whose_process_is_gone_is_taken_over()
    {
        _edition.Write(".editiongen/build.lock", "");
        _edition.Write(".editiongen/build.holder", "999999999 2026-01-01T00:00:00Z\n");

        var run = Build("--no-wait");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.False(File.Exists(_edition.PathOf(".editiongen/build.holder")));
    }

    [SkippableFact]
    public void A_process_killed_while_it_holds_the_lock_does_not_leave_the_edition_locked()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "flock(1) is a Linux program.");
        ExternalTool.Require(ExternalTool.Find("flock") is not null, "flock (util-linux) is not installed.");
        Directory.CreateDirectory(State);
        var lockFile = Path.Combine(State, BuildLock.FileName);
        var start = new ProcessStartInfo("flock") { ArgumentList = { "--exclusive", "--no-fork", lockFile, "sleep", "600" } };
        using var holder = Process.Start(start)!;
        try
        {
            WaitUntilHeld();

            var refused = Build("--no-wait");
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("error EG0512: another build of this edition is running", refused.Error);
        }
        finally
        {
            holder.Kill(entireProcessTree: true);
            holder.WaitForExit();
        }

        var run = Build("--no-wait");
        Assert.True(run.ExitCode == 0, run.Error);
    }

    private void WaitUntilHeld()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (true)
        {
            try
            {
                BuildLock.Acquire(State, wait: false).Dispose();
            }
            catch (InputException)
            {
                return;
            }

            stop.Token.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(50));
            stop.Token.ThrowIfCancellationRequested();
        }
    }
}
