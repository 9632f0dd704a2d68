namespace FitFolio.Api.Infrastructure.Persistence.Migrations;

/// <summary>
/// The data steps of the KeepWorkoutExerciseListAndOneWorkoutInProgress migration, written once in SQL both providers
/// read the same way. Frozen: a later change belongs in a new migration, never here.
/// </summary>
internal static class WorkoutExerciseListData
{
    /// <summary>Keeps each user's newest open workout open and abandons the older ones, so the unique index can be built.</summary>
    public const string AbandonAllButNewestOpenWorkout = """
        UPDATE workouts SET status = 'abandoned'
        WHERE status = 'in_progress' AND EXISTS (
            SELECT 1 FROM workouts AS newer
            WHERE newer.user_id = workouts.user_id AND newer.status = 'in_progress'
              AND (newer.started_at > workouts.started_at OR (newer.started_at = workouts.started_at AND newer.id > workouts.id)))
        """;

    /// <summary>Lists the exercises of existing workouts: planned ones in plan order, then logged ones by first set.</summary>
    public const string ListExercisesOfExistingWorkouts = """
        INSERT INTO workout_exercises (workout_id, exercise_id, position)
        SELECT workout_id, exercise_id,
               ROW_NUMBER() OVER (PARTITION BY workout_id ORDER BY first_planned IS NULL, first_planned, first_logged, exercise_id) - 1
        FROM (
            SELECT workout_id, exercise_id, MIN(planned) AS first_planned, MIN(logged) AS first_logged
            FROM (
                SELECT workout_id, exercise_id, position AS planned, NULL AS logged FROM workout_plan_items
                UNION ALL
                SELECT workout_id, exercise_id, NULL, completed_at FROM workout_sets
            ) AS used
            GROUP BY workout_id, exercise_id
        ) AS firsts
        """;
}
