using FitFolio.Api.Account;
using FitFolio.Api.Training.Exercises;
using FitFolio.Api.Training.Workouts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitFolio.Api.Training.Analytics;

/// <summary>
/// Derived, kept on write beside <see cref="SessionBest"/>: one completed workout's loaded counting sets of one exercise
/// with one rep count, summed up to what the PR feed's bests before its window need. Every formula rises with the weight
/// for a fixed rep count (and RPE), so the heaviest weight gives the heaviest, set-volume, rep-max and Epley or Brzycki
/// bests; the RPE formula also reads each set's RPE, so its best is kept. <see cref="SessionBests"/> keeps it in step.
/// </summary>
public sealed class SessionRepBest
{
    public Guid WorkoutId { get; set; }
    public Guid ExerciseId { get; set; }
    public int Reps { get; set; }
    public Guid UserId { get; set; }
    public double TopWeightKg { get; set; }

    /// <summary>The best e1RM by the RPE formula; null when no set of this rep count had an RPE.</summary>
    public double? RpeKg { get; set; }
}

internal sealed class SessionRepBestConfiguration : IEntityTypeConfiguration<SessionRepBest>
{
    public void Configure(EntityTypeBuilder<SessionRepBest> best)
    {
        best.ToTable("session_rep_bests");
        best.HasKey(b => new { b.WorkoutId, b.ExerciseId, b.Reps });
        // Covering for the PR feed: a user's rows of some exercises come from the index alone, then join their workouts by key.
        best.HasIndex(b => new { b.UserId, b.ExerciseId, b.WorkoutId, b.Reps, b.TopWeightKg, b.RpeKg }).HasDatabaseName("ix_session_rep_bests_user_covering");
        best.HasOne<Workout>().WithMany().HasForeignKey(b => b.WorkoutId).OnDelete(DeleteBehavior.Cascade);
        best.HasOne<User>().WithMany().HasForeignKey(b => b.UserId).OnDelete(DeleteBehavior.Cascade);
        best.HasOne<Exercise>().WithMany().HasForeignKey(b => b.ExerciseId).OnDelete(DeleteBehavior.NoAction);
    }
}
