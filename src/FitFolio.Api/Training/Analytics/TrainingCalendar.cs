using System.Globalization;
using FitFolio.Api.Auth;
using FitFolio.Api.Auth.Sessions;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Training.Analytics;

/// <summary>What analytics need to know about the lifter: the zone their dates and weeks are read in, and their e1RM formula.</summary>
public sealed record AnalyticsSettings(TimeZoneInfo Zone, string E1rmFormula)
{
    public static async Task<AnalyticsSettings> LoadAsync(FitFolioDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.TimeZone, u.E1rmFormula }).SingleAsync(cancellationToken);
        return Of(user.TimeZone, user.E1rmFormula);
    }

    /// <summary>
    /// The settings from the user row the session lookup already read for this request (no round trip); read from the
    /// database only on a request that was not signed in by a session.
    /// </summary>
    public static async ValueTask<AnalyticsSettings> ForRequestAsync(HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken) =>
        SignedInUser.Read(context) is { } user
            ? Of(user.TimeZone, user.E1rmFormula)
            : await LoadAsync(db, context.User.GetUserId(), cancellationToken);

    private static AnalyticsSettings Of(string timeZone, string e1rmFormula) =>
        new(TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.Utc, e1rmFormula);

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    public DateOnly Today(TimeProvider time) => LocalDate(time.GetUtcNow());

    public double? E1rmOf(double weightKg, int reps, double? rpe) => E1rm.Of(E1rmFormula, weightKg, reps, rpe);
}

/// <summary>An inclusive range of local dates (`yyyy-MM-dd`), either end open.</summary>
public readonly record struct LocalDateRange(DateOnly? From, DateOnly? To)
{
    /// <summary>
    /// A UTC window certainly holding every instant of the range in any zone (±14 h, DST included); the exact local-date
    /// filter runs on the rows it returns.
    /// </summary>
    public DateTimeOffset? Since => From is { } from ? new DateTimeOffset(from.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    public DateTimeOffset? Until => To is { } to ? new DateTimeOffset(to.AddDays(2).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    public bool Contains(DateOnly date) => (From is null || date >= From) && (To is null || date <= To);

    public static LocalDateRange Parse(string? from, string? to, ValidationErrors errors)
    {
        var start = LocalDates.Parse(from, "from", errors);
        var end = LocalDates.Parse(to, "to", errors);
        errors.Check(start is null || end is null || start <= end, "to", "Must not be before from.");
        return new LocalDateRange(start, end);
    }
}

public static class LocalDates
{
    /// <summary>The date's ISO week starts on this Monday.</summary>
    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>A calendar date `yyyy-MM-dd`, or null (with an error when given but not one).</summary>
    public static DateOnly? Parse(string? value, string field, ValidationErrors errors)
    {
        if (value is null)
        {
            return null;
        }

        var valid = DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        errors.Check(valid, field, "Must be a date written yyyy-MM-dd.");
        return valid ? date : null;
    }
}
