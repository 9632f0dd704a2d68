using FitFolio.Api.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitFolio.Api.Training.Exercises;

/// <summary>A lifter's own note on an exercise ("seat on 4", "elbows in"), shown on its page and again in the next workout.</summary>
public sealed class ExerciseNote
{
    public const int MaxLength = 2000;

    public Guid UserId { get; set; }
    public Guid ExerciseId { get; set; }
    public string Text { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class ExerciseNoteConfiguration : IEntityTypeConfiguration<ExerciseNote>
{
    public void Configure(EntityTypeBuilder<ExerciseNote> note)
    {
        note.ToTable("exercise_notes");
        // One note per user and exercise: the key is the rule.
        note.HasKey(n => new { n.UserId, n.ExerciseId });
        note.Property(n => n.Text).HasMaxLength(ExerciseNote.MaxLength);
        note.HasOne<User>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        // A custom exercise that is deleted (never archived, so never noted on a set) takes its note with it.
        note.HasOne<Exercise>().WithMany().HasForeignKey(n => n.ExerciseId).OnDelete(DeleteBehavior.Cascade);
    }
}
