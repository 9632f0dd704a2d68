using FitFolio.Api.Account;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitFolio.Api.Tests.Infrastructure.Persistence;

public sealed class MigrationsTests
{
    [Fact]
    public async Task Both_migration_sets_create_the_same_tables_columns_and_indexes()
    {
        await using var sqlite = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        await using var postgres = await FitFolioApp.StartAsync(DatabaseProvider.Postgres);

        var sqliteSchema = await SchemaOfAsync(sqlite,
            """
            SELECT m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '__EFMigrations%'
            UNION ALL
            SELECT 'index ' || name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex_%'
            """);
        var postgresSchema = await SchemaOfAsync(postgres,
            """
            SELECT table_name || '.' || column_name FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'
            UNION ALL
            SELECT 'index ' || indexname FROM pg_indexes WHERE schemaname = 'public' AND indexname NOT LIKE 'pk_%'
            """);

        Assert.Contains("users.normalized_email", sqliteSchema);
        Assert.Contains("index ix_sessions_user_id_expires_at", sqliteSchema);
        Assert.Equal(sqliteSchema, postgresSchema);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_model_has_no_changes_missing_from_the_migrations(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FitFolioDbContext>();

        Assert.False(db.Database.HasPendingModelChanges(), $"run scripts/add-migration.sh: the {provider} model differs from its snapshot");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Email_is_unique_whatever_its_case(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FitFolioDbContext>();
        db.Users.Add(new User("Kate@Example.com", DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();

        db.Users.Add(new User("  kate@EXAMPLE.COM ", DateTimeOffset.UtcNow));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Login_event_extra_round_trips_as_json(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FitFolioDbContext>();
            db.LoginEvents.Add(new Api.Auth.Audit.LoginEvent
            {
                EventType = "sign_in",
                CreatedAt = DateTimeOffset.UtcNow,
                IpAddress = System.Net.IPAddress.Parse("2001:db8::1"),
                Extra = """{"method":"magic_link"}""",
            });
            await db.SaveChangesAsync();
        }

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FitFolioDbContext>();
            var loginEvent = await db.LoginEvents.SingleAsync();
            Assert.Equal("magic_link", System.Text.Json.JsonDocument.Parse(loginEvent.Extra).RootElement.GetProperty("method").GetString());
            Assert.Equal(System.Net.IPAddress.Parse("2001:db8::1"), loginEvent.IpAddress);
        }
    }

    private static async Task<List<string>> SchemaOfAsync(FitFolioApp app, string sql)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FitFolioDbContext>();
        var rows = await db.Database.SqlQueryRaw<string>(sql).ToListAsync();
        return [.. rows.Order(StringComparer.Ordinal)];
    }
}
