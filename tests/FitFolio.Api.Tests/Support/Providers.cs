using FitFolio.Api.Infrastructure.Configuration;

namespace FitFolio.Api.Tests.Support;

/// <summary>Theory data: every database provider FitFolio supports.</summary>
public sealed class Providers : TheoryData<DatabaseProvider>
{
    public Providers()
    {
        Add(DatabaseProvider.Sqlite);
        Add(DatabaseProvider.Postgres);
    }
}
