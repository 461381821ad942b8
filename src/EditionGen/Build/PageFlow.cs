using System.Diagnostics;
using System.Threading.Channels;
using EditionGen.Diagnostics;
using EditionGen.Model;
using EditionGen.Publish;
using EditionGen.Validate;

namespace EditionGen.Build;

/// <summary>
/// Streams pages from the renderer through validation into the staged output: one thread renders,
/// <c>jobs</c> threads validate and write. At most a bounded number of pages wait between them, so
/// memory stays flat however large the archive. Each page is independent and findings are sorted at
/// the end, so the output and the report are the same whatever the number of jobs.
/// </summary>
internal sealed class PageFlow(SiteValidator validator, StagedOutput output, DiagnosticBag diagnostics, StageTimes times)
{
    private int _written;

    public int Written => _written;

    public async Task RunAsync(IEnumerable<SiteFile> files, int jobs, Action<SiteFile>? onWritten, CancellationToken cancellationToken)
    {
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<SiteFile>(new BoundedChannelOptions(Math.Max(1, jobs) * 8)
        {
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });

        var producer = Task.Run(async () =>
        {
            try
            {
                var start = Stopwatch.GetTimestamp();
                foreach (var file in files)
                {
                    times.Charge(BuildStage.Render, start);
                    await channel.Writer.WriteAsync(file, failed.Token);
                    start = Stopwatch.GetTimestamp();
                }
            }
            finally
            {
                channel.Writer.TryComplete();
            }
        }, CancellationToken.None);

        var consumers = Enumerable.Range(0, Math.Max(1, jobs)).Select(_ => Task.Run(async () =>
        {
            try
            {
                await foreach (var file in channel.Reader.ReadAllAsync(failed.Token))
                {
                    Consume(file);
                    onWritten?.Invoke(file);
                }
            }
            catch
            {
                // Stop the renderer too, so that it does not wait for room that will never come.
                await failed.CancelAsync();
                throw;
            }
        }, CancellationToken.None)).ToList();

        await Task.WhenAll(consumers.Append(producer));
    }

    private void Consume(SiteFile file)
    {
        var start = Stopwatch.GetTimestamp();
        diagnostics.AddRange(validator.Check(file));
        start = times.Charge(BuildStage.Validate, start);
        try
        {
            output.Write(file);
        }
        catch (OutputException e)
        {
            diagnostics.AddRange(e.Diagnostics);
        }

        times.Charge(BuildStage.Publish, start);
        Interlocked.Increment(ref _written);
    }
}
