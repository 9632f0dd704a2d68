namespace FitFolio.Api.Tests.Support;

/// <summary>
/// A tmpfs of a few megabytes mounted for one test, so a write past its size fails with a real ENOSPC, as on a full disk.
/// Mounting needs root with CAP_SYS_ADMIN (the project's machines; in GitHub's job container, `--privileged`). A per-process
/// file-size limit (ulimit -f) is no substitute: it fails writes with EFBIG and kills the process with SIGXFSZ.
/// </summary>
public sealed class SmallFilesystem : IAsyncDisposable
{
    private SmallFilesystem(string path) => Path = path;

    public string Path { get; }

    public static async Task<SmallFilesystem> MountAsync(int megabytes)
    {
        var directory = Directory.CreateTempSubdirectory("fitfolio-small-fs-").FullName;
        try
        {
            await ExternalProcess.RunAsync("mount", ["-t", "tmpfs", "-o", $"size={megabytes}m,mode=0777", "tmpfs", directory]);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            Directory.Delete(directory);
            throw new InvalidOperationException(
                "The disk-full drill mounts a small tmpfs and could not: it needs root with CAP_SYS_ADMIN " +
                "(run the tests as root, or the CI job container with --privileged).\n" + e.Message, e);
        }

        return new SmallFilesystem(directory);
    }

    /// <summary>Writes a file until the filesystem refuses with ENOSPC; deleting it gives the space back.</summary>
    public async Task<string> FillAsync()
    {
        var filler = System.IO.Path.Combine(Path, "filler");
        var chunk = new byte[64 * 1024];
        await using var stream = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1);
        try
        {
            while (true)
            {
                await stream.WriteAsync(chunk);
            }
        }
        catch (IOException)
        {
            // ENOSPC: the filesystem is full, which is the point.
        }

        try
        {
            // Whatever is left below one chunk, byte by byte in small pieces.
            while (true)
            {
                await stream.WriteAsync(chunk.AsMemory(0, 512));
            }
        }
        catch (IOException)
        {
        }

        return filler;
    }

    public async ValueTask DisposeAsync()
    {
        await ExternalProcess.RunAsync("umount", ["-l", Path]);
        Directory.Delete(Path, recursive: true);
    }
}
