namespace FitFolio.Api.Training.Exercises;

/// <summary>Which exercises a user may see, pick and log: the built-in catalogue and their own custom ones.</summary>
public static class ExerciseVisibility
{
    public static IQueryable<Exercise> VisibleTo(this IQueryable<Exercise> exercises, Guid userId) =>
        exercises.Where(e => e.UserId == null || e.UserId == userId);
}
