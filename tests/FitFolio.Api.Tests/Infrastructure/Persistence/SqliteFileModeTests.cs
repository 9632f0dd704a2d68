using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Infrastructure.Persistence;

public sealed class SqliteFileModeTests
{
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_new_sqlite_database_and_its_folder_are_readable_by_the_owner_only()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"fitfolio-mode-{Guid.NewGuid():N}", "data");
        var file = Path.Combine(folder, "fitfolio.db");
        try
        {
            await using (var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite,
                settings: new Dictionary<string, string?> { ["ConnectionStrings:Database"] = $"Data Source={file}" }))
            {
                await new TestBrowser(app).SignInDirectlyAsync();
            }

            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            Assert.All(Directory.GetFiles(folder), f => Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(f) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead)));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }
}
