using System.IO.Compression;
using System.Text.Json;
using FitFolio.Api.Account;
using FitFolio.Api.Imports;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Training.Analytics;
using FitFolio.Api.Training.Equipment;
using FitFolio.Api.Training.Exercises;
using FitFolio.Api.Training.Programs;
using FitFolio.Api.Training.Workouts;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Exports;

/// <summary>
/// Reads a FitFolio export back into an empty account, keeping every row's id, so exporting again gives the same
/// document (bar exportedAt, the account's id and email, and passkeys, which cannot move between origins).
/// </summary>
public static class AccountRestore
{
    /// <summary>Parses and checks an export; the problem names the line of broken JSON.</summary>
    public static AccountExport Read(Stream stream)
    {
        AccountExport? export;
        try
        {
            export = JsonSerializer.Deserialize<AccountExport>(stream, JsonSerializerOptions.Web);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            throw new ImportFileException($"Line {line} is not valid FitFolio export JSON: {e.Message.Split('.')[0]}.", line);
        }

        if (export?.Account is null || export.Exercises is null || export.Programs is null || export.Workouts is null)
        {
            throw new ImportFileException("This is not a FitFolio export: account, exercises, programs or workouts are missing.");
        }

        if (export.SchemaVersion != AccountExport.CurrentSchemaVersion)
        {
            throw new ImportFileException($"This export has schema version {export.SchemaVersion}; this server reads version {AccountExport.CurrentSchemaVersion}.");
        }

        if (export.Equipment is { } equipment)
        {
            var errors = new Infrastructure.Errors.ValidationErrors();
            EquipmentRules.Kit(errors, equipment.Kg, "equipment.kg");
            EquipmentRules.Kit(errors, equipment.Lb, "equipment.lb");
            EquipmentRules.Ramp(errors, equipment.WarmupRamp, "equipment.warmupRamp");
            errors.Check(equipment.ExerciseBars is not null && equipment.ExerciseBars.All(c => c is not null && Bars.All.Contains(c.Bar)),
                "equipment.exerciseBars", "Unknown bar.");
            if (!errors.IsValid)
            {
                throw new ImportFileException("The export's equipment settings are outside this server's limits.");
            }
        }

        var known = export.Exercises.Select(e => e.Id).Concat(Catalogue.Exercises.Select(e => Catalogue.IdFor(e.Slug))).ToHashSet();
        var unknown = export.Workouts.SelectMany(w => w.Sets.Select(s => s.ExerciseId).Concat(w.Plan.Select(p => p.ExerciseId)))
            .Concat(export.Programs.SelectMany(p => p.Templates).SelectMany(t => t.Exercises).Select(e => e.ExerciseId))
            .Concat((export.ExerciseNotes ?? []).Select(n => n.ExerciseId))
            .Concat(export.Equipment?.ExerciseBars.Select(c => c.ExerciseId) ?? [])
            .FirstOrDefault(id => !known.Contains(id));
        return unknown == Guid.Empty ? export
            : throw new ImportFileException($"The export refers to exercise {unknown}, which is neither in it nor in this server's catalogue.");
    }

    public static byte[] Stage(AccountExport export)
    {
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            JsonSerializer.Serialize(zip, export, JsonSerializerOptions.Web);
        }

        return buffer.ToArray();
    }

    public static AccountExport Unstage(byte[] staged)
    {
        using var zip = new GZipStream(new MemoryStream(staged), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<AccountExport>(zip, JsonSerializerOptions.Web)!;
    }

    /// <summary>False when the account already holds training data (or daily metrics the export would add to), or a row id of the export exists on this server.</summary>
    public static async Task<bool> CanRestoreAsync(FitFolioDbContext db, Guid userId, AccountExport export, CancellationToken cancellationToken)
    {
        var exerciseIds = export.Exercises.Select(e => e.Id).ToList();
        var programIds = export.Programs.Select(p => p.Id).ToList();
        var workoutIds = export.Workouts.Select(w => w.Id).ToList();
        return !await db.Workouts.AnyAsync(w => w.UserId == userId || workoutIds.Contains(w.Id), cancellationToken)
            && !await db.Programs.AnyAsync(p => p.UserId == userId || programIds.Contains(p.Id), cancellationToken)
            && !await db.Exercises.AnyAsync(e => e.UserId == userId || exerciseIds.Contains(e.Id), cancellationToken)
            && (export.DailyMetrics is not { Count: > 0 } || !await db.DailyMetrics.AnyAsync(m => m.UserId == userId, cancellationToken))
            && (export.ExerciseNotes is not { Count: > 0 } || !await db.ExerciseNotes.AnyAsync(n => n.UserId == userId, cancellationToken))
            && (export.Equipment is null || (!await db.EquipmentSettings.AnyAsync(s => s.UserId == userId, cancellationToken)
                && !await db.ExerciseBars.AnyAsync(c => c.UserId == userId, cancellationToken)));
    }

    private static TemplateExercise Grouped(TemplateExercise exercise, int? group)
    {
        exercise.Group = group;
        return exercise;
    }

    /// <summary>The export's group of each listed exercise; exports made before groups have none.</summary>
    private static Dictionary<Guid, int?>? GroupsOf(IReadOnlyList<Guid> listed, IReadOnlyList<int?>? groups) =>
        groups is null ? null : listed.Zip(groups).DistinctBy(p => p.First).ToDictionary(p => p.First, p => p.Second);

    public static void Restore(FitFolioDbContext db, User user, AccountExport export)
    {
        user.DisplayName = export.Account.DisplayName;
        user.Unit = export.Account.Unit == "lb" ? WeightUnit.Lb : WeightUnit.Kg;
        user.PlateStepKg = export.Account.PlateStepKg;
        user.E1rmFormula = E1rmFormulas.All.Contains(export.Account.E1rmFormula) ? export.Account.E1rmFormula! : user.E1rmFormula;
        // An older export does not say; then the rule for accounts that predate the choice: a zone other than UTC was chosen.
        if (export.Account.TimeZoneChosen ?? export.Account.TimeZone != "UTC")
        {
            user.ChooseTimeZone(export.Account.TimeZone);
        }

        db.Entry(user).Property(u => u.CreatedAt).CurrentValue = export.Account.CreatedAt;
        foreach (var e in export.Exercises)
        {
            var kind = ExerciseKinds.All.Contains(e.Kind) ? e.Kind : null;
            var exercise = new Exercise(e.Id, user.Id, null, e.Name, e.PrimaryMuscles, e.SecondaryMuscles, e.Equipment, kind);
            if (e.IsArchived)
            {
                exercise.Archive();
            }

            db.Exercises.Add(exercise);
        }

        db.Programs.AddRange(export.Programs.Select(p => new TrainingProgram
        {
            Id = p.Id,
            UserId = user.Id,
            Name = p.Name,
            Description = p.Description,
            CreatedAt = p.CreatedAt,
            UpdatedAt = p.UpdatedAt,
            Templates = [.. p.Templates.Select(t => new WorkoutTemplate
            {
                Id = t.Id, ProgramId = p.Id, Name = t.Name, Position = t.Position, ProgressedThrough = t.ProgressedThrough,
                Exercises = [.. t.Exercises.Select(e => new TemplateExercise
                {
                    Id = e.Id, TemplateId = t.Id, ExerciseId = e.ExerciseId, Position = e.Position, Sets = e.Sets, RepsMin = e.RepsMin, RepsMax = e.RepsMax,
                    RestSeconds = e.RestSeconds, TargetRpe = e.TargetRpe, TargetWeightKg = e.TargetWeightKg, Notes = e.Notes,
                    Progression = e.Progression, IncrementKg = e.IncrementKg, TargetReps = e.TargetReps, TrainingMaxKg = e.TrainingMaxKg,
                    CycleWeek = e.CycleWeek, ProgressionReason = e.ProgressionReason,
                }).Zip(ExerciseGroups.Normalize([.. t.Exercises.Select(e => e.Group)]), (exercise, group) => Grouped(exercise, group))],
            })],
        }));
        foreach (var w in export.Workouts)
        {
            var workout = new Workout
            {
                Id = w.Id,
                UserId = user.Id,
                StartedAt = w.StartedAt,
                CompletedAt = w.CompletedAt,
                Notes = w.Notes,
                TemplateId = w.TemplateId,
                TemplateName = w.TemplateName,
                Plan = [.. w.Plan.Select(p => new WorkoutPlanItem
                {
                    Id = p.Id, WorkoutId = w.Id, ExerciseId = p.ExerciseId, Position = p.Position, Sets = p.Sets, RepsMin = p.RepsMin, RepsMax = p.RepsMax,
                    RestSeconds = p.RestSeconds, TargetRpe = p.TargetRpe, TargetWeightKg = p.TargetWeightKg, Notes = p.Notes,
                    LastPerformedAt = p.LastPerformedAt, LastWeightKg = p.LastWeightKg, LastReps = p.LastReps, TargetReps = p.TargetReps,
                    SetWeightsKg = p.SetWeightsKg?.ToList(), SetReps = p.SetReps?.ToList(), LastSetAmrap = p.LastSetAmrap ?? false,
                    ProgressionReason = p.ProgressionReason,
                })],
                Exercises = w.ExerciseIds is { } listed
                    ? WorkoutExercise.ListOf(listed, [], GroupsOf(listed, w.ExerciseGroups))
                    : WorkoutExercise.ListOf(w.Plan.OrderBy(p => p.Position).Select(p => p.ExerciseId), w.Sets.Select(s => s.ExerciseId)),
                Sets = [.. w.Sets.Select(s => new WorkoutSet
                {
                    Id = s.Id, WorkoutId = w.Id, UserId = user.Id, ExerciseId = s.ExerciseId, Reps = s.Reps, WeightKg = s.WeightKg, Rpe = s.Rpe,
                    SetType = s.SetType, Notes = s.Notes, CompletedAt = s.CompletedAt, CreatedAt = s.CreatedAt, DurationSeconds = s.DurationSeconds,
                    DistanceM = s.DistanceM,
                })],
            };
            db.Workouts.Add(workout);
            db.Entry(workout).Property(x => x.Status).CurrentValue = w.Status;
        }

        db.DailyMetrics.AddRange((export.DailyMetrics ?? []).Select(m => new DailyMetric
        {
            UserId = user.Id,
            Date = m.Date,
            BodyWeightKg = m.BodyWeightKg,
            BodyFatPercent = m.BodyFatPercent,
            SleepHours = m.SleepHours,
            SleepQuality = m.SleepQuality,
            Energy = m.Energy,
            Notes = m.Notes,
            UpdatedAt = m.UpdatedAt,
        }));
        db.ExerciseNotes.AddRange((export.ExerciseNotes ?? []).Select(n => new ExerciseNote
        {
            UserId = user.Id,
            ExerciseId = n.ExerciseId,
            Text = n.Text.Length > ExerciseNote.MaxLength ? n.Text[..ExerciseNote.MaxLength] : n.Text,
            UpdatedAt = n.UpdatedAt,
        }));

        if (export.Equipment is { } equipment)
        {
            // An export written while the settings were defaults carries only per-exercise bars (no time): no settings row then.
            if (equipment.UpdatedAt is { } updatedAt)
            {
                db.EquipmentSettings.Add(new EquipmentSettings
                {
                    UserId = user.Id,
                    Kg = equipment.Kg,
                    Lb = equipment.Lb,
                    WarmupRamp = equipment.WarmupRamp,
                    UpdatedAt = updatedAt,
                });
            }

            db.ExerciseBars.AddRange(equipment.ExerciseBars.Select(c => new ExerciseBar { UserId = user.Id, ExerciseId = c.ExerciseId, Bar = c.Bar }));
        }
    }
}
