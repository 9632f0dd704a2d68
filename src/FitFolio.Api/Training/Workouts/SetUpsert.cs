using System.Data.Common;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace FitFolio.Api.Training.Workouts;

/// <summary>What a set PUT sends, after the request passed the checks that need no database.</summary>
/// <param name="CompletedAt">The client's time, UTC; null keeps the stored set's time, or takes now for a new set.</param>
public sealed record SetWrite(
    Guid WorkoutId, Guid SetId, Guid UserId, Guid ExerciseId, int Reps, double WeightKg, double? Rpe, string SetType, string? Notes,
    DateTimeOffset? CompletedAt, int? DurationSeconds, double? DistanceM, DateTimeOffset Now);

/// <summary>What the database held when a set PUT ran, and whether the set was written.</summary>
/// <param name="WorkoutStatus">Null when the workout is not the user's (or does not exist).</param>
/// <param name="ExerciseName">Null when the exercise is not one the user may log (<see cref="Exercises.ExerciseVisibility"/>).</param>
/// <param name="Stored">The set under this id before the write, whoever it belongs to; null when there was none.</param>
public sealed record SetUpsertState(string? WorkoutStatus, string? ExerciseName, string? ExerciseKind, WorkoutSet? Stored, bool Written);

/// <summary>
/// The set PUT as one statement on PostgreSQL (docs/adr/0024): the ownership, status and exercise checks, the write and the
/// exercise's listing on the workout all happen in the database, which answers with what it saw. On SQLite, where a round
/// trip is a function call, the same reads and writes run in one IMMEDIATE transaction. The set is written only when the
/// workout is the user's and not abandoned, the exercise is visible to the user and of one of <c>kinds</c> (the kinds the
/// request's numbers are valid for: none makes it a pure read), and a stored set under this id belongs to the same workout
/// and user. Visibility here must match <see cref="Exercises.ExerciseVisibility"/>: built-ins, or the user's own.
/// </summary>
public static class SetUpsert
{
    // Positional parameters, in the order AddParameters adds them ($1 set id, $2 workout, $3 user, $4 exercise, $5 reps,
    // $6 weight, $7 RPE, $8 set type, $9 notes, $10 completed at, $11 now, $12 duration, $13 distance, $14 kinds): Npgsql
    // sends the text as it is, where named ones made it parse and rewrite the statement on every set written.
    private const string PostgresSql = """
        WITH workout AS (
            SELECT status FROM workouts WHERE id = $2 AND user_id = $3
        ), exercise AS (
            SELECT name, kind FROM exercises WHERE id = $4 AND (user_id IS NULL OR user_id = $3)
        ), stored AS (
            SELECT workout_id, user_id, exercise_id, reps, weight_kg, rpe, set_type, notes, completed_at, duration_seconds, distance_m
            FROM workout_sets WHERE id = $1 FOR UPDATE
        ), allowed AS (
            SELECT 1 FROM workout, exercise
            WHERE workout.status <> 'abandoned' AND exercise.kind = ANY($14)
              AND NOT EXISTS (SELECT 1 FROM stored WHERE stored.workout_id <> $2 OR stored.user_id <> $3)
        ), written AS (
            INSERT INTO workout_sets (id, workout_id, user_id, exercise_id, reps, weight_kg, rpe, set_type, notes, completed_at, created_at, duration_seconds, distance_m)
            SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, COALESCE($10, $11), $11, $12, $13
            FROM allowed
            ON CONFLICT (id) DO UPDATE SET exercise_id = excluded.exercise_id, reps = excluded.reps, weight_kg = excluded.weight_kg, rpe = excluded.rpe,
                set_type = excluded.set_type, notes = excluded.notes, completed_at = COALESCE($10, workout_sets.completed_at),
                duration_seconds = excluded.duration_seconds, distance_m = excluded.distance_m
            -- A row inserted after this statement's snapshot was not checked in stored: leave it, the caller runs again.
            WHERE EXISTS (SELECT 1 FROM stored)
            RETURNING 1
        ), listed AS (
            INSERT INTO workout_exercises (workout_id, exercise_id, position)
            SELECT $2, $4, COALESCE((SELECT MAX(position) + 1 FROM workout_exercises WHERE workout_id = $2), 0)
            FROM allowed
            WHERE NOT EXISTS (SELECT 1 FROM workout_exercises WHERE workout_id = $2 AND exercise_id = $4)
            ON CONFLICT DO NOTHING
        )
        SELECT (SELECT status FROM workout), (SELECT name FROM exercise), (SELECT kind FROM exercise),
               stored.workout_id, stored.user_id, stored.exercise_id, stored.reps, stored.weight_kg, stored.rpe, stored.set_type, stored.notes,
               stored.completed_at, stored.duration_seconds, stored.distance_m, EXISTS (SELECT 1 FROM written)
        FROM (SELECT 1) AS one LEFT JOIN stored ON true
        """;

    private const string SqliteReadSql = """
        SELECT (SELECT status FROM workouts WHERE id = @workout_id AND user_id = @user_id),
               (SELECT name FROM exercises WHERE id = @exercise_id AND (user_id IS NULL OR user_id = @user_id)),
               (SELECT kind FROM exercises WHERE id = @exercise_id AND (user_id IS NULL OR user_id = @user_id)),
               stored.workout_id, stored.user_id, stored.exercise_id, stored.reps, stored.weight_kg, stored.rpe, stored.set_type, stored.notes,
               stored.completed_at, stored.duration_seconds, stored.distance_m, 0
        FROM (SELECT 1) AS one LEFT JOIN workout_sets AS stored ON stored.id = @set_id
        """;

    private const string SqliteWriteSql = """
        INSERT INTO workout_sets (id, workout_id, user_id, exercise_id, reps, weight_kg, rpe, set_type, notes, completed_at, created_at, duration_seconds, distance_m)
        VALUES (@set_id, @workout_id, @user_id, @exercise_id, @reps, @weight_kg, @rpe, @set_type, @notes, @completed_at, @now, @duration_seconds, @distance_m)
        ON CONFLICT (id) DO UPDATE SET exercise_id = excluded.exercise_id, reps = excluded.reps, weight_kg = excluded.weight_kg, rpe = excluded.rpe,
            set_type = excluded.set_type, notes = excluded.notes, completed_at = excluded.completed_at,
            duration_seconds = excluded.duration_seconds, distance_m = excluded.distance_m;
        INSERT INTO workout_exercises (workout_id, exercise_id, position)
        SELECT @workout_id, @exercise_id, COALESCE((SELECT MAX(position) + 1 FROM workout_exercises WHERE workout_id = @workout_id), 0)
        WHERE NOT EXISTS (SELECT 1 FROM workout_exercises WHERE workout_id = @workout_id AND exercise_id = @exercise_id);
        """;

    /// <summary>Writes the set when everything allows it; otherwise writes nothing. Either way answers what the database held.</summary>
    public static async Task<SetUpsertState> RunAsync(FitFolioDbContext db, SetWrite write, IReadOnlyList<string> kinds, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return db.IsPostgres
                ? await RunOnPostgresAsync(db, write, kinds, cancellationToken)
                : await RunOnSqliteAsync(db, write, kinds, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<SetUpsertState> RunOnPostgresAsync(FitFolioDbContext db, SetWrite write, IReadOnlyList<string> kinds, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = PostgresSql;
        var columns = Columns.Of(db);
        AddParameters(command, columns, write, write.CompletedAt, positional: true);
        var kindsParameter = command.CreateParameter();
        kindsParameter.Value = kinds.ToArray();
        command.Parameters.Add(kindsParameter);
        return await ReadStateAsync(command, columns, write.SetId, cancellationToken);
    }

    private static async Task<SetUpsertState> RunOnSqliteAsync(FitFolioDbContext db, SetWrite write, IReadOnlyList<string> kinds, CancellationToken cancellationToken)
    {
        var columns = Columns.Of(db);
        // IMMEDIATE: the read and the write below are one unit no other writer can come between.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var dbTransaction = transaction.GetDbTransaction();
        await using var read = db.Database.GetDbConnection().CreateCommand();
        read.Transaction = dbTransaction;
        read.CommandText = SqliteReadSql;
        AddParameters(read, columns, write, write.CompletedAt);
        var state = await ReadStateAsync(read, columns, write.SetId, cancellationToken);
        var allowed = state.WorkoutStatus is { } status && status != WorkoutStatus.Abandoned
            && state.ExerciseKind is { } kind && kinds.Contains(kind)
            && (state.Stored is null || (state.Stored.WorkoutId == write.WorkoutId && state.Stored.UserId == write.UserId));
        if (allowed)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = dbTransaction;
            command.CommandText = SqliteWriteSql;
            AddParameters(command, columns, write, write.CompletedAt ?? state.Stored?.CompletedAt ?? write.Now);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return state with { Written = allowed };
    }

    private static void AddParameters(DbCommand command, Columns columns, SetWrite write, DateTimeOffset? completedAt, bool positional = false)
    {
        void Add(IProperty column, string name, object? value) =>
            command.Parameters.Add(column.GetRelationalTypeMapping().CreateParameter(command, positional ? "" : name, value, nullable: true));

        // The model's own mapping makes each parameter, so values are stored exactly as EF Core stores them (SQLite's ticks, text GUIDs).
        Add(columns.Id, "set_id", write.SetId);
        Add(columns.WorkoutId, "workout_id", write.WorkoutId);
        Add(columns.UserId, "user_id", write.UserId);
        Add(columns.ExerciseId, "exercise_id", write.ExerciseId);
        Add(columns.Reps, "reps", write.Reps);
        Add(columns.WeightKg, "weight_kg", write.WeightKg);
        Add(columns.Rpe, "rpe", write.Rpe);
        Add(columns.SetType, "set_type", write.SetType);
        Add(columns.Notes, "notes", write.Notes);
        Add(columns.CompletedAt, "completed_at", completedAt);
        Add(columns.CreatedAt, "now", write.Now);
        Add(columns.DurationSeconds, "duration_seconds", write.DurationSeconds);
        Add(columns.DistanceM, "distance_m", write.DistanceM);
    }

    private static async Task<SetUpsertState> ReadStateAsync(DbCommand command, Columns columns, Guid setId, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var stored = reader.IsDBNull(3) ? null : new WorkoutSet
        {
            Id = setId,
            WorkoutId = reader.GetGuid(3),
            UserId = reader.GetGuid(4),
            ExerciseId = reader.GetGuid(5),
            Reps = reader.GetInt32(6),
            WeightKg = reader.GetDouble(7),
            Rpe = reader.IsDBNull(8) ? null : reader.GetDouble(8),
            SetType = reader.GetString(9),
            Notes = reader.IsDBNull(10) ? null : reader.GetString(10),
            CompletedAt = columns.ReadTime(reader, 11),
            DurationSeconds = reader.IsDBNull(12) ? null : reader.GetInt32(12),
            DistanceM = reader.IsDBNull(13) ? null : reader.GetDouble(13),
        };
        return new SetUpsertState(
            reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
            stored, reader.GetBoolean(14));
    }

    /// <summary>The workout_sets properties of the context's model, looked up once per model.</summary>
    private sealed class Columns
    {
        private static readonly PerModel<Columns> ByModel = new(model => new Columns(model.FindEntityType(typeof(WorkoutSet))!));

        private Columns(IEntityType set)
        {
            Id = set.FindProperty(nameof(WorkoutSet.Id))!;
            WorkoutId = set.FindProperty(nameof(WorkoutSet.WorkoutId))!;
            UserId = set.FindProperty(nameof(WorkoutSet.UserId))!;
            ExerciseId = set.FindProperty(nameof(WorkoutSet.ExerciseId))!;
            Reps = set.FindProperty(nameof(WorkoutSet.Reps))!;
            WeightKg = set.FindProperty(nameof(WorkoutSet.WeightKg))!;
            Rpe = set.FindProperty(nameof(WorkoutSet.Rpe))!;
            SetType = set.FindProperty(nameof(WorkoutSet.SetType))!;
            Notes = set.FindProperty(nameof(WorkoutSet.Notes))!;
            CompletedAt = set.FindProperty(nameof(WorkoutSet.CompletedAt))!;
            CreatedAt = set.FindProperty(nameof(WorkoutSet.CreatedAt))!;
            DurationSeconds = set.FindProperty(nameof(WorkoutSet.DurationSeconds))!;
            DistanceM = set.FindProperty(nameof(WorkoutSet.DistanceM))!;
        }

        public IProperty Id { get; }
        public IProperty WorkoutId { get; }
        public IProperty UserId { get; }
        public IProperty ExerciseId { get; }
        public IProperty Reps { get; }
        public IProperty WeightKg { get; }
        public IProperty Rpe { get; }
        public IProperty SetType { get; }
        public IProperty Notes { get; }
        public IProperty CompletedAt { get; }
        public IProperty CreatedAt { get; }
        public IProperty DurationSeconds { get; }
        public IProperty DistanceM { get; }

        public static Columns Of(DbContext db) => ByModel.For(db);

        /// <summary>A stored time as the model reads it (SQLite holds ticks).</summary>
        public DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
            CompletedAt.GetRelationalTypeMapping().Converter is { } converter
                ? (DateTimeOffset)converter.ConvertFromProvider(reader.GetValue(ordinal))!
                : reader.GetFieldValue<DateTimeOffset>(ordinal);
    }
}
