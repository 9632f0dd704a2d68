using FitFolio.Api.Account;
using FitFolio.Api.Training.Exercises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitFolio.Api.Training.Equipment;

/// <summary>The bar a lifter picked for one exercise, in place of the one its equipment suggests.</summary>
public sealed class ExerciseBar
{
    public Guid UserId { get; set; }
    public Guid ExerciseId { get; set; }

    /// <summary>One of <see cref="Bars.All"/>.</summary>
    public string Bar { get; set; } = Bars.Barbell;
}

internal sealed class ExerciseBarConfiguration : IEntityTypeConfiguration<ExerciseBar>
{
    public void Configure(EntityTypeBuilder<ExerciseBar> choice)
    {
        choice.ToTable("exercise_bars");
        choice.HasKey(c => new { c.UserId, c.ExerciseId });
        choice.Property(c => c.Bar).HasMaxLength(16);
        choice.HasOne<User>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        choice.HasOne<Exercise>().WithMany().HasForeignKey(c => c.ExerciseId).OnDelete(DeleteBehavior.Cascade);
    }
}
