using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FitFolio.Api.Infrastructure.Configuration;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FitFolio.Api.Tests.Operations;

/// <summary>One table's row count and a SHA-256 over its rows (each row's values in column order, rows sorted).</summary>
public sealed record TableContent(string Table, int Rows, string Sha256)
{
    /// <summary>Every table of a database, read straight through ADO.NET so the app's model cannot hide a column.</summary>
    public static async Task<IReadOnlyList<TableContent>> ReadAllAsync(DatabaseProvider provider, string connectionString)
    {
        await using DbConnection connection = provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = await ColumnAsync(connection, provider == DatabaseProvider.Postgres
            ? "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        var contents = new List<TableContent>();
        foreach (var table in tables.Order(StringComparer.Ordinal))
        {
            var rows = new List<string>();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join('\u001f', Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader.GetValue(i)))));
            }

            rows.Sort(StringComparer.Ordinal);
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows)));
            contents.Add(new TableContent(table, rows.Count, Convert.ToHexStringLower(hash)));
        }

        return contents;
    }

    private static async Task<List<string>> ColumnAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static string Text(object value) => value switch
    {
        DBNull => "\u2400",
        byte[] bytes => Convert.ToBase64String(bytes),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
