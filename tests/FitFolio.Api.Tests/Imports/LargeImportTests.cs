using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Imports;

/// <summary>
/// A 50 MB Strong export through the real endpoints. It asserts what was imported, never how fast; the figures it
/// prints (rows per second, peak managed heap, peak working set) are the ones reported for the import.
/// </summary>
public sealed class LargeImportTests(ITestOutputHelper output)
{
    private const long TargetBytes = 50L * 1000 * 1000;

    [Fact]
    public async Task A_50_MB_Strong_export_is_previewed_and_committed_with_every_set()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fitfolio-strong-{Guid.NewGuid():N}.csv");
        try
        {
            var (sets, workouts) = WriteStrongExport(path);
            await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
            var browser = new TestBrowser(app);
            // The commit takes over a minute, more on a busy CI machine than HttpClient's default 100 s allows; this bound only turns a hang into a failure.
            browser.Client.Timeout = TimeSpan.FromMinutes(10);
            await browser.SignInDirectlyAsync();
            var bytes = new FileInfo(path).Length;

            using var sampler = new HeapSampler();
            var clock = Stopwatch.StartNew();
            var preview = await UploadFileAsync(browser, path);
            var previewSeconds = clock.Elapsed.TotalSeconds;
            var result = await browser.CommitAsync(preview.Id());
            var totalSeconds = clock.Elapsed.TotalSeconds;

            Assert.Equal((workouts, sets), (preview.GetProperty("workouts").GetInt32(), preview.GetProperty("sets").GetInt32()));
            Assert.Equal((workouts, sets), (result.GetProperty("workoutsCreated").GetInt32(), result.GetProperty("setsCreated").GetInt32()));
            var peakWorkingSet = Process.GetCurrentProcess().PeakWorkingSet64;
            output.WriteLine(FormattableString.Invariant(
                $"{bytes / 1e6:F1} MB, {sets} sets in {workouts} workouts: preview {previewSeconds:F1} s ({sets / previewSeconds:F0} rows/s), preview+commit {totalSeconds:F1} s ({sets / totalSeconds:F0} rows/s); peak managed heap {sampler.PeakHeapBytes / 1e6:F0} MB, peak working set {peakWorkingSet / 1e6:F0} MB"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<System.Text.Json.JsonElement> UploadFileAsync(TestBrowser browser, string path)
    {
        await using var stream = File.OpenRead(path);
        using var form = new MultipartFormDataContent();
        var file = new StreamContent(stream);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "strong.csv");
        return await (await browser.PostAsync("/api/v1/imports", form)).JsonAsync(HttpStatusCode.Created);
    }

    /// <summary>Writes the newest Strong layout in chunks until the file reaches 50 MB, so the test itself holds little.</summary>
    private static (int Sets, int Workouts) WriteStrongExport(string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        var first = new DateTime(2010, 1, 4, 7, 0, 0);
        int sets = 0, workouts = 0;
        writer.Write(ExportFiles.StrongNewestHeader + "\n");
        while (writer.BaseStream.Length < TargetBytes)
        {
            var chunk = ExportFiles.History(300, first.AddDays(workouts * 2.5)).Select(w => w with { Number = w.Number + workouts }).ToList();
            var text = ExportFiles.StrongNewest(chunk);
            writer.Write(text[(text.IndexOf('\n') + 1)..]);
            writer.Flush();
            workouts += chunk.Count;
            sets += ExportFiles.SetCount(chunk);
        }

        return (sets, workouts);
    }

    /// <summary>Samples the managed heap every 20 ms while the import runs.</summary>
    private sealed class HeapSampler : IDisposable
    {
        private readonly Timer _timer;

        public HeapSampler() => _timer = new Timer(_ => PeakHeapBytes = Math.Max(PeakHeapBytes, GC.GetTotalMemory(false)), null, 0, 20);

        public long PeakHeapBytes { get; private set; }

        public void Dispose() => _timer.Dispose();
    }
}
