namespace FitFolio.Api.Tests.Support;

/// <summary>The checkout the tests run from, for tests that read its files or run its scripts.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FitFolio.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("FitFolio.slnx not found above " + AppContext.BaseDirectory + "; run the tests from the repository");
    }
}
