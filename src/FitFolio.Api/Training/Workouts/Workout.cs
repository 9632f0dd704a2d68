using FitFolio.Api.Account;
using FitFolio.Api.Training.Exercises;
using FitFolio.Api.Training.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitFolio.Api.Training.Workouts;

public static class WorkoutStatus
{
    public const string InProgress = "in_progress";
    public const string Completed = "completed";
    public const string Abandoned = "abandoned";

    /// <summary>Not stored: what completing a workout without any set answers, because it was deleted instead.</summary>
    public const string Discarded = "discarded";

    public static readonly string[] All = [InProgress, Completed, Abandoned];
}

/// <summary>What starting a workout does with the one still in progress.</summary>
public static class OpenWorkoutReplacement
{
    public const string Abandon = "abandon";
    public const string Complete = "complete";

    public static readonly string[] All = [Abandon, Complete];
}

/// <summary>One training session: the plan copied from a template when it started, and the sets actually done.</summary>
public sealed class Workout
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public User? User { get; set; }
    public string Status { get; private set; } = WorkoutStatus.InProgress;
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? Notes { get; set; }

    /// <summary>Null when started empty, or when the template was deleted later; the name below stays.</summary>
    public Guid? TemplateId { get; set; }

    public WorkoutTemplate? Template { get; set; }
    public string? TemplateName { get; set; }
    public List<WorkoutPlanItem> Plan { get; set; } = [];

    /// <summary>The ordered exercises of the workout, with or without logged sets.</summary>
    public List<WorkoutExercise> Exercises { get; set; } = [];

    public List<WorkoutSet> Sets { get; set; } = [];

    public bool IsAbandoned => Status == WorkoutStatus.Abandoned;

    /// <summary>Ends an in-progress workout; false when it had already ended.</summary>
    public bool Complete(DateTimeOffset now)
    {
        if (Status != WorkoutStatus.InProgress)
        {
            return false;
        }

        Status = WorkoutStatus.Completed;
        CompletedAt = now < StartedAt ? StartedAt : now;
        return true;
    }

    /// <summary>Gives up an in-progress workout (idempotent); a completed one cannot be abandoned.</summary>
    public bool Abandon()
    {
        if (Status == WorkoutStatus.Completed)
        {
            return false;
        }

        Status = WorkoutStatus.Abandoned;
        return true;
    }
}

/// <summary>One planned exercise of a workout, copied at start so later template edits leave the workout alone.</summary>
public sealed class WorkoutPlanItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkoutId { get; set; }
    public Guid ExerciseId { get; set; }
    public Exercise? Exercise { get; set; }
    public int Position { get; set; }
    public int Sets { get; set; }
    public int RepsMin { get; set; }
    public int RepsMax { get; set; }
    public int RestSeconds { get; set; }
    public double? TargetRpe { get; set; }
    public double? TargetWeightKg { get; set; }
    public string? Notes { get; set; }

    /// <summary>The top working set of the exercise in the latest completed workout before this one started.</summary>
    public DateTimeOffset? LastPerformedAt { get; set; }

    public double? LastWeightKg { get; set; }
    public int? LastReps { get; set; }

    /// <summary>The rep goal of every set when a progression rule sets one (double progression).</summary>
    public int? TargetReps { get; set; }

    /// <summary>Per-set weights and reps when the sets differ (the percentage scheme); null when every set is alike.</summary>
    public List<double>? SetWeightsKg { get; set; }

    public List<int>? SetReps { get; set; }

    /// <summary>The last set is "as many reps as possible" (weeks 1–3 of the percentage scheme).</summary>
    public bool LastSetAmrap { get; set; }

    /// <summary>Why the progression rule set these targets, shown on the plan.</summary>
    public string? ProgressionReason { get; set; }
}

internal sealed class WorkoutConfiguration : IEntityTypeConfiguration<Workout>
{
    public void Configure(EntityTypeBuilder<Workout> workout)
    {
        workout.ToTable("workouts");
        workout.Property(w => w.Id).ValueGeneratedNever();
        workout.Property(w => w.Status).HasMaxLength(16);
        workout.Property(w => w.Notes).HasMaxLength(2000);
        workout.Property(w => w.TemplateName).HasMaxLength(100);
        workout.HasIndex(w => new { w.UserId, w.StartedAt });
        // At most one open workout per user, enforced by the database so two concurrent starts cannot both win.
        workout.HasIndex(w => w.UserId).IsUnique().HasFilter("status = 'in_progress'").HasDatabaseName("ix_workouts_user_id_in_progress");
        workout.HasOne(w => w.User).WithMany().HasForeignKey(w => w.UserId).OnDelete(DeleteBehavior.Cascade);
        workout.HasOne(w => w.Template).WithMany().HasForeignKey(w => w.TemplateId).OnDelete(DeleteBehavior.SetNull);
        workout.HasMany(w => w.Plan).WithOne().HasForeignKey(p => p.WorkoutId).OnDelete(DeleteBehavior.Cascade);
        workout.HasMany(w => w.Sets).WithOne().HasForeignKey(s => s.WorkoutId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkoutPlanItemConfiguration : IEntityTypeConfiguration<WorkoutPlanItem>
{
    public void Configure(EntityTypeBuilder<WorkoutPlanItem> item)
    {
        item.ToTable("workout_plan_items");
        item.Property(p => p.Id).ValueGeneratedNever();
        item.Property(p => p.Notes).HasMaxLength(500);
        item.Property(p => p.ProgressionReason).HasMaxLength(200);
        item.HasIndex(p => new { p.WorkoutId, p.Position });
        item.HasOne(p => p.Exercise).WithMany().HasForeignKey(p => p.ExerciseId).OnDelete(DeleteBehavior.NoAction);
    }
}
