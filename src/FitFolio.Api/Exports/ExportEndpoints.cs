using System.Globalization;
using System.Text;
using System.Text.Json;
using FitFolio.Api.Auth;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using nietras.SeparatedValues;

namespace FitFolio.Api.Exports;

public static class ExportEndpoints
{
    public static RouteGroupBuilder MapExportEndpoints(this RouteGroupBuilder api)
    {
        var export = api.MapGroup("/export").WithTags("Export").RequireAuthorization();
        export.MapGet("/", Export).Produces<AccountExport>(contentType: "application/json").Produces(StatusCodes.Status200OK, contentType: "text/csv");
        return export;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> Export(
        HttpContext context, FitFolioDbContext db, TimeProvider time, CancellationToken cancellationToken, string format = "json")
    {
        if (format is not ("json" or "csv"))
        {
            return Problems.Validation("format", "Must be json or csv.");
        }

        var now = time.GetUtcNow();
        var export = await AccountExport.LoadAsync(db, context.User.GetUserId(), now, cancellationToken);
        var stamp = now.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return format == "json"
            ? TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(export, JsonSerializerOptions.Web), "application/json", $"fitfolio-export-{stamp}.json")
            : TypedResults.File(Csv(export, await ExerciseNamesAsync(db, export, cancellationToken)), "text/csv", $"fitfolio-sets-{stamp}.csv");
    }

    private static async Task<Dictionary<Guid, string>> ExerciseNamesAsync(FitFolioDbContext db, AccountExport export, CancellationToken cancellationToken)
    {
        var exerciseIds = export.Workouts.SelectMany(w => w.Sets).Select(s => s.ExerciseId).Distinct().ToList();
        return await db.Exercises.AsNoTracking().Where(e => exerciseIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
    }

    /// <summary>One row per set with its workout and exercise named, for a spreadsheet.</summary>
    private static byte[] Csv(AccountExport export, Dictionary<Guid, string> names)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text))
        {
            foreach (var workout in export.Workouts)
            {
                foreach (var set in workout.Sets)
                {
                    using var row = writer.NewRow();
                    row["workout_id"].Set(workout.Id.ToString());
                    row["workout_name"].Set(workout.TemplateName ?? "");
                    row["started_at"].Set(workout.StartedAt.ToString("O", CultureInfo.InvariantCulture));
                    row["status"].Set(workout.Status);
                    row["set_id"].Set(set.Id.ToString());
                    row["completed_at"].Set(set.CompletedAt.ToString("O", CultureInfo.InvariantCulture));
                    row["exercise"].Set(names.GetValueOrDefault(set.ExerciseId, ""));
                    row["set_type"].Set(set.SetType);
                    row["reps"].Format(set.Reps);
                    row["weight_kg"].Format(set.WeightKg);
                    row["rpe"].Set(set.Rpe?.ToString(CultureInfo.InvariantCulture) ?? "");
                    row["duration_seconds"].Set(set.DurationSeconds?.ToString(CultureInfo.InvariantCulture) ?? "");
                    row["distance_m"].Set(set.DistanceM?.ToString(CultureInfo.InvariantCulture) ?? "");
                    row["notes"].Set(set.Notes ?? "");
                }
            }
        }

        // A BOM makes spreadsheet apps read the file as UTF-8 rather than the system code page.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
