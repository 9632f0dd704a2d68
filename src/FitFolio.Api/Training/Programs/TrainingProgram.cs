using System.Globalization;
using FitFolio.Api.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitFolio.Api.Training.Programs;

/// <summary>A user's training program: an ordered set of workout templates ("Push", "Pull", "Legs").</summary>
public sealed class TrainingProgram
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public User? User { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<WorkoutTemplate> Templates { get; set; } = [];

    public const string CopySuffix = " (copy)";

    public const int MaxNameLength = 100;

    /// <summary>Where a template added to the program goes: after the last one.</summary>
    public int NextTemplatePosition => Templates.Count == 0 ? 0 : Templates.Max(t => t.Position) + 1;

    /// <summary>The name with " (copy)", cut (if it must be) between whole characters, never inside a surrogate pair or emoji.</summary>
    public static string CopyName(string name)
    {
        var room = MaxNameLength - CopySuffix.Length;
        var end = 0;
        var elements = StringInfo.GetTextElementEnumerator(name);
        while (elements.MoveNext() && elements.ElementIndex + elements.GetTextElement().Length <= room)
        {
            end = elements.ElementIndex + elements.GetTextElement().Length;
        }

        return (end == name.Length ? name : name[..end]) + CopySuffix;
    }

    /// <summary>A deep copy: new ids for the program, its templates and their exercises.</summary>
    public TrainingProgram Duplicate(DateTimeOffset now) => new()
    {
        UserId = UserId,
        Name = CopyName(Name),
        Description = Description,
        CreatedAt = now,
        UpdatedAt = now,
        Templates = [.. Templates.OrderBy(t => t.Position).Select(t => t.Duplicate(t.Name, t.Position))],
    };
}

internal sealed class TrainingProgramConfiguration : IEntityTypeConfiguration<TrainingProgram>
{
    public void Configure(EntityTypeBuilder<TrainingProgram> program)
    {
        program.ToTable("programs");
        program.Property(p => p.Id).ValueGeneratedNever();
        program.Property(p => p.Name).HasMaxLength(TrainingProgram.MaxNameLength);
        program.Property(p => p.Description).HasMaxLength(2000);
        program.HasIndex(p => new { p.UserId, p.CreatedAt });
        program.HasOne(p => p.User).WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        program.HasMany(p => p.Templates).WithOne(t => t.Program).HasForeignKey(t => t.ProgramId).OnDelete(DeleteBehavior.Cascade);
    }
}
