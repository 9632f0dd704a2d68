using FitFolio.Api.Account;
using FitFolio.Api.Training.Exercises;
using FitFolio.Api.Training.Workouts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitFolio.Api.Training.Analytics;

/// <summary>
/// Derived, kept on write: one completed workout's loaded counting sets of one exercise, summed up. Each formula's best
/// e1RM is stored so a change of formula needs no refresh; no date is copied (the workout's start is read by join), so
/// moving a workout or changing time zone needs none either. <see cref="SessionBests"/> keeps it in step with the sets.
/// </summary>
public sealed class SessionBest
{
    public Guid WorkoutId { get; set; }
    public Guid ExerciseId { get; set; }
    public Guid UserId { get; set; }

    /// <summary>Epley gives every loaded counting set a value, so a row always has one.</summary>
    public double EpleyKg { get; set; }

    /// <summary>Null when every set had more reps than Brzycki reads.</summary>
    public double? BrzyckiKg { get; set; }

    /// <summary>Null when no set had an RPE.</summary>
    public double? RpeKg { get; set; }

    public double TopWeightKg { get; set; }
    public double VolumeKg { get; set; }
    public int SetCount { get; set; }
}

internal sealed class SessionBestConfiguration : IEntityTypeConfiguration<SessionBest>
{
    public void Configure(EntityTypeBuilder<SessionBest> best)
    {
        best.ToTable("session_bests");
        best.HasKey(b => new { b.WorkoutId, b.ExerciseId });
        // Covering for insights: all of a user's session bests come from the index alone, then join their workouts by key.
        best.HasIndex(b => new { b.UserId, b.WorkoutId, b.ExerciseId, b.EpleyKg, b.BrzyckiKg, b.RpeKg }).HasDatabaseName("ix_session_bests_user_covering");
        best.HasOne<Workout>().WithMany().HasForeignKey(b => b.WorkoutId).OnDelete(DeleteBehavior.Cascade);
        best.HasOne<User>().WithMany().HasForeignKey(b => b.UserId).OnDelete(DeleteBehavior.Cascade);
        best.HasOne<Exercise>().WithMany().HasForeignKey(b => b.ExerciseId).OnDelete(DeleteBehavior.NoAction);
    }
}
