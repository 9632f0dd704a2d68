using FitFolio.Api.Training.Exercises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitFolio.Api.Training.Workouts;

public static class SetTypes
{
    public const string Warmup = "warmup";
    public const string Working = "working";
    public const string Drop = "drop";
    public const string Failure = "failure";

    public static readonly string[] All = [Warmup, Working, Drop, Failure];
}

/// <summary>One logged set. Its id is made by the client, so a retried PUT finds the row it already wrote.</summary>
public sealed class WorkoutSet
{
    public Guid Id { get; set; }
    public Guid WorkoutId { get; set; }

    /// <summary>The owner, kept on the row so an id taken from another user's workout is refused without a join.</summary>
    public Guid UserId { get; set; }

    public Guid ExerciseId { get; set; }
    public Exercise? Exercise { get; set; }
    public int Reps { get; set; }

    /// <summary>A double: 225 lb = 102.05828325 kg must come back exactly as sent.</summary>
    public double WeightKg { get; set; }

    public double? Rpe { get; set; }
    public string SetType { get; set; } = SetTypes.Working;
    public string? Notes { get; set; }
    public DateTimeOffset CompletedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Timed and cardio sets (a plank, a row on the erg) carry these; imports keep them from Strong and Hevy files.</summary>
    public int? DurationSeconds { get; set; }

    public double? DistanceM { get; set; }
}

internal sealed class WorkoutSetConfiguration : IEntityTypeConfiguration<WorkoutSet>
{
    public void Configure(EntityTypeBuilder<WorkoutSet> set)
    {
        set.ToTable("workout_sets");
        set.Property(s => s.Id).ValueGeneratedNever();
        set.Property(s => s.SetType).HasMaxLength(16);
        set.Property(s => s.Notes).HasMaxLength(500);
        set.HasIndex(s => new { s.WorkoutId, s.CompletedAt });
        // Covering for analytics: one exercise's (or all the user's) counting sets are read from the index alone.
        set.HasIndex(s => new { s.UserId, s.ExerciseId, s.WorkoutId, s.Reps, s.WeightKg, s.SetType, s.Rpe }).HasDatabaseName("ix_workout_sets_user_exercise_covering");
        set.HasOne<Account.User>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        set.HasOne(s => s.Exercise).WithMany().HasForeignKey(s => s.ExerciseId).OnDelete(DeleteBehavior.NoAction);
    }
}
