using System.Net;
using FitFolio.Api.Account;
using FitFolio.Api.Admin.Invitations;
using FitFolio.Api.Auth.Audit;
using FitFolio.Api.Auth.MagicLinks;
using FitFolio.Api.Auth.Passkeys;
using FitFolio.Api.Auth.Sessions;
using FitFolio.Api.Imports;
using FitFolio.Api.Training.Analytics;
using FitFolio.Api.Training.Equipment;
using FitFolio.Api.Training.Exercises;
using FitFolio.Api.Training.Programs;
using FitFolio.Api.Training.Workouts;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FitFolio.Api.Infrastructure.Persistence;

/// <summary>
/// The one model of FitFolio. Each provider has a subclass of its own (<see cref="SqliteFitFolioDbContext"/>,
/// <see cref="PostgresFitFolioDbContext"/>) so each keeps its own migration set; features only ever see this type.
/// </summary>
public abstract class FitFolioDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>Whether this is the PostgreSQL model; by type, since <c>Database.IsNpgsql()</c> builds an AssemblyName on every call.</summary>
    public bool IsPostgres => this is PostgresFitFolioDbContext;

    public DbSet<User> Users => Set<User>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<MagicLinkToken> MagicLinkTokens => Set<MagicLinkToken>();
    public DbSet<WebAuthnCredential> WebAuthnCredentials => Set<WebAuthnCredential>();
    public DbSet<LoginEvent> LoginEvents => Set<LoginEvent>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Exercise> Exercises => Set<Exercise>();
    public DbSet<TrainingProgram> Programs => Set<TrainingProgram>();
    public DbSet<WorkoutTemplate> Templates => Set<WorkoutTemplate>();
    public DbSet<TemplateExercise> TemplateExercises => Set<TemplateExercise>();
    public DbSet<Workout> Workouts => Set<Workout>();
    public DbSet<WorkoutPlanItem> WorkoutPlanItems => Set<WorkoutPlanItem>();
    public DbSet<WorkoutExercise> WorkoutExercises => Set<WorkoutExercise>();
    public DbSet<WorkoutSet> WorkoutSets => Set<WorkoutSet>();
    public DbSet<ImportPreview> ImportPreviews => Set<ImportPreview>();
    public DbSet<DailyMetric> DailyMetrics => Set<DailyMetric>();
    public DbSet<SessionBest> SessionBests => Set<SessionBest>();
    public DbSet<SessionRepBest> SessionRepBests => Set<SessionRepBest>();
    public DbSet<ExerciseNote> ExerciseNotes => Set<ExerciseNote>();
    public DbSet<EquipmentSettings> EquipmentSettings => Set<EquipmentSettings>();
    public DbSet<ExerciseBar> ExerciseBars => Set<ExerciseBar>();
    public DbSet<Invitation> Invitations => Set<Invitation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FitFolioDbContext).Assembly, t => !t.IsAbstract);
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}

public sealed class SqliteFitFolioDbContext(DbContextOptions<SqliteFitFolioDbContext> options) : FitFolioDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date or address types; UTC ticks keep ordering and comparisons in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<IPAddress>().HaveConversion<IPAddressToStringConverter>().HaveMaxLength(45);
    }
}

public sealed class PostgresFitFolioDbContext(DbContextOptions<PostgresFitFolioDbContext> options) : FitFolioDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<LoginEvent>().Property(e => e.Extra).HasColumnType("jsonb");
    }
}
