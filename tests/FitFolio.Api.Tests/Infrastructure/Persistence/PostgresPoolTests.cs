using FitFolio.Api.Infrastructure.Persistence;
using Npgsql;

namespace FitFolio.Api.Tests.Infrastructure.Persistence;

public sealed class PostgresPoolTests
{
    [Fact]
    public void A_connection_string_without_a_timeout_waits_the_short_default_for_a_connection()
    {
        var connectionString = PostgresPool.WithDefaults("Host=db;Database=fitfolio;Maximum Pool Size=18");

        Assert.Equal(PostgresPool.DefaultAcquireTimeoutSeconds, new NpgsqlConnectionStringBuilder(connectionString).Timeout);
    }

    [Fact]
    public void A_timeout_the_connection_string_names_is_kept()
    {
        var connectionString = PostgresPool.WithDefaults("Host=db;Database=fitfolio;timeout=12");

        Assert.Equal(12, new NpgsqlConnectionStringBuilder(connectionString).Timeout);
    }

    [Fact]
    public void A_connection_string_without_an_auto_prepare_setting_keeps_its_hot_statements_prepared()
    {
        var connectionString = PostgresPool.WithDefaults("Host=db;Database=fitfolio;Maximum Pool Size=18");

        Assert.Equal(PostgresPool.DefaultMaxAutoPrepare, new NpgsqlConnectionStringBuilder(connectionString).MaxAutoPrepare);
    }

    [Fact]
    public void An_auto_prepare_setting_the_connection_string_names_is_kept()
    {
        var connectionString = PostgresPool.WithDefaults("Host=db;Database=fitfolio;max auto prepare=0");

        Assert.Equal(0, new NpgsqlConnectionStringBuilder(connectionString).MaxAutoPrepare);
    }

    [Theory]
    [InlineData("Host=db;Maximum Pool Size=100", true)]
    [InlineData("Host=db;maxpoolsize=20", true)]
    [InlineData("Host=db;Minimum Pool Size=2", false)]
    public void Only_a_pool_size_the_string_names_counts_as_set(string connectionString, bool sets)
    {
        Assert.Equal(sets, PostgresPool.SetsMaxPoolSize(connectionString));
    }
}
