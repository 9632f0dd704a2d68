using FitFolio.Api.Account;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Training.Equipment;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Exports;

/// <param name="TimeZoneChosen">Whether the zone was set by the lifter (or their browser) rather than left at the UTC default; absent in older exports.</param>
public sealed record ExportAccount(
    Guid Id, string Email, string DisplayName, string Unit, string TimeZone, DateTimeOffset CreatedAt, double? PlateStepKg = null, string? E1rmFormula = null,
    bool? TimeZoneChosen = null);

/// <param name="Kind">Absent in exports made before kinds: the equipment's usual kind is assumed.</param>
public sealed record ExportExercise(Guid Id, string Name, string[] PrimaryMuscles, string[] SecondaryMuscles, string Equipment, bool IsArchived, string? Kind = null);

public sealed record ExportExerciseNote(Guid ExerciseId, string Text, DateTimeOffset UpdatedAt);

/// <remarks>The progression fields are absent from older exports: no rule.</remarks>
public sealed record ExportTemplateExercise(
    Guid Id, Guid ExerciseId, int Position, int Sets, int RepsMin, int RepsMax, int RestSeconds, double? TargetRpe, double? TargetWeightKg, string? Notes,
    string? Progression = null, double? IncrementKg = null, int? TargetReps = null, double? TrainingMaxKg = null, int? CycleWeek = null,
    string? ProgressionReason = null, int? Group = null);

public sealed record ExportTemplate(
    Guid Id, string Name, int Position, IReadOnlyList<ExportTemplateExercise> Exercises, DateTimeOffset? ProgressedThrough = null);

public sealed record ExportProgram(
    Guid Id, string Name, string? Description, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, IReadOnlyList<ExportTemplate> Templates);

public sealed record ExportPlanItem(
    Guid Id, Guid ExerciseId, int Position, int Sets, int RepsMin, int RepsMax, int RestSeconds, double? TargetRpe, double? TargetWeightKg, string? Notes,
    DateTimeOffset? LastPerformedAt, double? LastWeightKg, int? LastReps, int? TargetReps = null, IReadOnlyList<double>? SetWeightsKg = null,
    IReadOnlyList<int>? SetReps = null, bool? LastSetAmrap = null, string? ProgressionReason = null);

public sealed record ExportSet(
    Guid Id, Guid ExerciseId, int Reps, double WeightKg, double? Rpe, string SetType, string? Notes, DateTimeOffset CompletedAt, DateTimeOffset CreatedAt,
    int? DurationSeconds, double? DistanceM);

public sealed record ExportWorkout(
    Guid Id, string Status, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt, string? Notes, Guid? TemplateId, string? TemplateName,
    IReadOnlyList<ExportPlanItem> Plan, IReadOnlyList<ExportSet> Sets, IReadOnlyList<Guid>? ExerciseIds = null,
    IReadOnlyList<int?>? ExerciseGroups = null);

public sealed record ExportPasskey(string Nickname, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt);

public sealed record ExportDailyMetric(
    DateOnly Date, double? BodyWeightKg, double? BodyFatPercent, double? SleepHours, int? SleepQuality, int? Energy, string? Notes, DateTimeOffset UpdatedAt);

/// <summary>The lifter's bars, plates and warm-up ramp, and the bar chosen per exercise; null while all are the defaults.</summary>
public sealed record ExportEquipment(
    PlateKit Kg, PlateKit Lb, IReadOnlyList<RampStep> WarmupRamp, DateTimeOffset? UpdatedAt, IReadOnlyList<ExerciseBarResponse> ExerciseBars);

/// <summary>Everything of one account, versioned by <see cref="SchemaVersion"/> and described by docs/export.schema.json.</summary>
public sealed record AccountExport(
    int SchemaVersion, DateTimeOffset ExportedAt, ExportAccount Account, IReadOnlyList<ExportExercise> Exercises, IReadOnlyList<ExportProgram> Programs,
    IReadOnlyList<ExportWorkout> Workouts, IReadOnlyList<ExportPasskey> Passkeys, IReadOnlyList<ExportDailyMetric>? DailyMetrics = null,
    IReadOnlyList<ExportExerciseNote>? ExerciseNotes = null,
    ExportEquipment? Equipment = null)
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>Reads every row of the user's data; secrets (keys, tokens, hashes) are never selected.</summary>
    public static async Task<AccountExport> LoadAsync(FitFolioDbContext db, Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, cancellationToken);
        var exercises = await db.Exercises.AsNoTracking().Where(e => e.UserId == userId).OrderBy(e => e.Id)
            .Select(e => new ExportExercise(e.Id, e.Name, e.PrimaryMuscles, e.SecondaryMuscles, e.Equipment, e.IsArchived, e.Kind))
            .ToListAsync(cancellationToken);
        var programs = await db.Programs.AsNoTracking().Where(p => p.UserId == userId).OrderBy(p => p.Id)
            .Select(p => new ExportProgram(p.Id, p.Name, p.Description, p.CreatedAt, p.UpdatedAt, p.Templates.OrderBy(t => t.Position).ThenBy(t => t.Id)
                .Select(t => new ExportTemplate(t.Id, t.Name, t.Position, t.Exercises.OrderBy(e => e.Position).ThenBy(e => e.Id)
                    .Select(e => new ExportTemplateExercise(e.Id, e.ExerciseId, e.Position, e.Sets, e.RepsMin, e.RepsMax, e.RestSeconds, e.TargetRpe,
                        e.TargetWeightKg, e.Notes, e.Progression, e.IncrementKg, e.TargetReps, e.TrainingMaxKg, e.CycleWeek, e.ProgressionReason, e.Group)).ToList(),
                    t.ProgressedThrough)).ToList()))
            .ToListAsync(cancellationToken);
        var workouts = await db.Workouts.AsNoTracking().Where(w => w.UserId == userId).OrderBy(w => w.StartedAt).ThenBy(w => w.Id)
            .Select(w => new ExportWorkout(w.Id, w.Status, w.StartedAt, w.CompletedAt, w.Notes, w.TemplateId, w.TemplateName,
                w.Plan.OrderBy(p => p.Position).ThenBy(p => p.Id).Select(p => new ExportPlanItem(p.Id, p.ExerciseId, p.Position, p.Sets, p.RepsMin,
                    p.RepsMax, p.RestSeconds, p.TargetRpe, p.TargetWeightKg, p.Notes, p.LastPerformedAt, p.LastWeightKg, p.LastReps, p.TargetReps, p.SetWeightsKg, p.SetReps, p.LastSetAmrap,
                    p.ProgressionReason)).ToList(),
                w.Sets.OrderBy(s => s.CompletedAt).ThenBy(s => s.Id).Select(s => new ExportSet(s.Id, s.ExerciseId, s.Reps, s.WeightKg, s.Rpe, s.SetType,
                    s.Notes, s.CompletedAt, s.CreatedAt, s.DurationSeconds, s.DistanceM)).ToList(),
                w.Exercises.OrderBy(e => e.Position).Select(e => e.ExerciseId).ToList(),
                w.Exercises.OrderBy(e => e.Position).Select(e => e.Group).ToList()))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var passkeys = await db.WebAuthnCredentials.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.CreatedAt)
            .Select(c => new ExportPasskey(c.Nickname, c.CreatedAt, c.LastUsedAt)).ToListAsync(cancellationToken);
        var days = await db.DailyMetrics.AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.Date)
            .Select(m => new ExportDailyMetric(m.Date, m.BodyWeightKg, m.BodyFatPercent, m.SleepHours, m.SleepQuality, m.Energy, m.Notes, m.UpdatedAt))
            .ToListAsync(cancellationToken);
        var notes = await db.ExerciseNotes.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.ExerciseId)
            .Select(n => new ExportExerciseNote(n.ExerciseId, n.Text, n.UpdatedAt)).ToListAsync(cancellationToken);
        var settings = await db.EquipmentSettings.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        var bars = await db.ExerciseBars.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.ExerciseId)
            .Select(c => new ExerciseBarResponse(c.ExerciseId, c.Bar)).ToListAsync(cancellationToken);
        var kit = settings ?? EquipmentSettings.Defaults(userId);
        var equipment = settings is null && bars.Count == 0 ? null : new ExportEquipment(kit.Kg, kit.Lb, kit.WarmupRamp, settings?.UpdatedAt, bars);
        return new AccountExport(CurrentSchemaVersion, now,
            new ExportAccount(user.Id, user.Email, user.DisplayName, user.Unit == WeightUnit.Lb ? "lb" : "kg", user.TimeZone, user.CreatedAt, user.PlateStepKg,
                user.E1rmFormula, user.TimeZoneChosen),
            exercises, programs, workouts, passkeys, days, notes, equipment);
    }
}
