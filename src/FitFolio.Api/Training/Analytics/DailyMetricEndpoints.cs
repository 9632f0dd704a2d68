using FitFolio.Api.Auth;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Training.Analytics;

/// <param name="BodyWeightKg">20–400 kg.</param>
/// <param name="BodyFatPercent">2–70 %.</param>
/// <param name="SleepHours">0–24 h.</param>
/// <param name="SleepQuality">1–5.</param>
/// <param name="Energy">1–5.</param>
public sealed record DailyMetricRequest(double? BodyWeightKg, double? BodyFatPercent, double? SleepHours, int? SleepQuality, int? Energy, string? Notes);

public sealed record DailyMetricResponse(
    DateOnly Date, double? BodyWeightKg, double? BodyFatPercent, double? SleepHours, int? SleepQuality, int? Energy, string? Notes)
{
    public static DailyMetricResponse From(DailyMetric m) => new(m.Date, m.BodyWeightKg, m.BodyFatPercent, m.SleepHours, m.SleepQuality, m.Energy, m.Notes);
}

public sealed record DailyMetricList(IReadOnlyList<DailyMetricResponse> Items);

public static class DailyMetricEndpoints
{
    private const int InsertAttempts = 3;

    public static RouteGroupBuilder MapDailyMetricEndpoints(this RouteGroupBuilder api)
    {
        var metrics = api.MapGroup("/metrics/daily").WithTags("Progress").RequireAuthorization();
        metrics.MapGet("/", List);
        metrics.MapPut("/{date}", Put);
        metrics.MapDelete("/{date}", Delete);
        return metrics;
    }

    /// <summary>The days logged from–to (local dates, inclusive), oldest first.</summary>
    private static async Task<Results<Ok<DailyMetricList>, ValidationProblem>> List(
        HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken, string? from = null, string? to = null)
    {
        var errors = new ValidationErrors();
        var range = LocalDateRange.Parse(from, to, errors);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var items = new List<DailyMetricResponse>();
        await foreach (var item in Days.For(db).Between(db, context.User.GetUserId(), range.From ?? DateOnly.MinValue, range.To ?? DateOnly.MaxValue)
            .WithCancellation(cancellationToken))
        {
            items.Add(item);
        }

        return TypedResults.Ok(new DailyMetricList(items));
    }

    /// <summary>
    /// The list's read, compiled: a route whose query takes about a millisecond pays EF's per-request query-cache lookup and
    /// entity materialisation at a visible share. Once per model, as every compiled query (a compiled query keeps the SQL of
    /// the provider it first ran on).
    /// </summary>
    private sealed class Days
    {
        private static readonly PerModel<Days> ByModel = new(_ => new Days());

        public Func<FitFolioDbContext, Guid, DateOnly, DateOnly, IAsyncEnumerable<DailyMetricResponse>> Between { get; } = EF.CompileAsyncQuery(
            (FitFolioDbContext db, Guid userId, DateOnly from, DateOnly to) => db.DailyMetrics
                .Where(m => m.UserId == userId && m.Date >= from && m.Date <= to)
                .OrderBy(m => m.Date)
                .Select(m => new DailyMetricResponse(m.Date, m.BodyWeightKg, m.BodyFatPercent, m.SleepHours, m.SleepQuality, m.Energy, m.Notes)));

        public static Days For(DbContext db) => ByModel.For(db);
    }

    /// <summary>Sets the day's values (all of them: a value left out is cleared); 201 the first time, 200 after.</summary>
    private static async Task<Results<Created<DailyMetricResponse>, Ok<DailyMetricResponse>, ValidationProblem>> Put(
        string date, DailyMetricRequest request, HttpContext context, FitFolioDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var day = LocalDates.Parse(date, "date", errors);
        errors.Range(request.BodyWeightKg, 20, 400, "bodyWeightKg", " kg");
        errors.Range(request.BodyFatPercent, 2, 70, "bodyFatPercent", " %");
        errors.Range(request.SleepHours, 0, 24, "sleepHours", " h");
        errors.Scale(request.SleepQuality, "sleepQuality");
        errors.Scale(request.Energy, "energy");
        errors.Text(request.Notes, "notes", DailyMetricLimits.NotesMaxLength);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var userId = context.User.GetUserId();
        for (var attempt = 1; ; attempt++)
        {
            var metric = await db.DailyMetrics.SingleOrDefaultAsync(m => m.UserId == userId && m.Date == day, cancellationToken);
            var created = metric is null;
            if (metric is null)
            {
                metric = new DailyMetric { UserId = userId, Date = day!.Value };
                db.DailyMetrics.Add(metric);
            }

            Apply(metric, request, time.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                var response = DailyMetricResponse.From(metric);
                return created ? TypedResults.Created($"/api/v1/metrics/daily/{date}", response) : TypedResults.Ok(response);
            }
            catch (DbUpdateException e) when (created && e.IsUniqueViolation() && attempt < InsertAttempts)
            {
                db.ChangeTracker.Clear(); // a concurrent request wrote the day first: read it back and replace it
            }
        }
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete(
        string date, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var day = LocalDates.Parse(date, "date", errors);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var userId = context.User.GetUserId();
        var deleted = await db.DailyMetrics.Where(m => m.UserId == userId && m.Date == day).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? Problems.NotFound("daily metrics for this date") : TypedResults.NoContent();
    }

    private static void Apply(DailyMetric metric, DailyMetricRequest request, DateTimeOffset now)
    {
        metric.BodyWeightKg = request.BodyWeightKg;
        metric.BodyFatPercent = request.BodyFatPercent;
        metric.SleepHours = request.SleepHours;
        metric.SleepQuality = request.SleepQuality;
        metric.Energy = request.Energy;
        metric.Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim();
        metric.UpdatedAt = now;
    }
}
