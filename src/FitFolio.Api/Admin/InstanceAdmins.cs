using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Admin;

/// <summary>The rules that keep an instance with exactly the admins it should have: the first account, never none.</summary>
public static class InstanceAdmins
{
    public const string Role = "admin";

    // One key for every change that decides who is admin, so "is anyone else an admin / any account yet?" is never stale.
    private const long LockKey = 0x46_69_74_41_64_6D_69;

    /// <summary>
    /// Serialises the caller's transaction with every other admin-deciding one. SQLite needs nothing: a write transaction
    /// there is BEGIN IMMEDIATE, which already excludes other writers.
    /// </summary>
    public static async Task LockAsync(FitFolioDbContext db, CancellationToken cancellationToken)
    {
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
        }
    }

    /// <summary>Whether the user is the last enabled admin, so losing admin (revoked, disabled, deleted) would leave none.</summary>
    public static async Task<bool> IsLastAdminAsync(FitFolioDbContext db, Guid userId, CancellationToken cancellationToken) =>
        await db.Users.AnyAsync(u => u.Id == userId && u.IsAdmin && u.DisabledAt == null, cancellationToken)
        && !await db.Users.AnyAsync(u => u.Id != userId && u.IsAdmin && u.DisabledAt == null, cancellationToken);
}
