using FitFolio.Api.Imports;
using FitFolio.Api.Training.Exercises;

namespace FitFolio.Api.Tests.Imports;

public sealed class ExerciseMatcherTests
{
    private static readonly ExerciseMatcher Catalogue = new(FitFolio.Api.Training.Exercises.Catalogue.Exercises
        .Select(e => new ExerciseCandidate(FitFolio.Api.Training.Exercises.Catalogue.IdFor(e.Slug), e.Name, e.Equipment)));

    private static string? MatchedName(string source) =>
        Catalogue.Match(source).ExerciseId is { } id ? FitFolio.Api.Training.Exercises.Catalogue.Exercises.Single(e => FitFolio.Api.Training.Exercises.Catalogue.IdFor(e.Slug) == id).Name : null;

    [Theory]
    [InlineData("Bench Press (Barbell)", "Barbell Bench Press")]
    [InlineData("Squat (Barbell)", "Barbell Back Squat")]
    [InlineData("Deadlift (Barbell)", "Barbell Deadlift")]
    [InlineData("Overhead Press (Barbell)", "Overhead Press")]
    [InlineData("Bent Over Row (Barbell)", "Bent-Over Barbell Row")]
    [InlineData("Pull Up", "Pull-Up")]
    [InlineData("Chin Up", "Chin-Up")]
    [InlineData("Pull Up (Assisted)", "Assisted Pull-Up")]
    [InlineData("Lat Pulldown (Cable)", "Lat Pulldown")]
    [InlineData("Seated Row (Cable)", "Seated Cable Row")]
    [InlineData("Bicep Curl (Dumbbell)", "Dumbbell Curl")]
    [InlineData("Bicep Curl (Barbell)", "Barbell Curl")]
    [InlineData("Hammer Curl (Dumbbell)", "Dumbbell Hammer Curl")]
    [InlineData("Triceps Pushdown (Cable - Straight Bar)", "Triceps Pushdown")]
    [InlineData("Lateral Raise (Dumbbell)", "Dumbbell Lateral Raise")]
    [InlineData("Incline Bench Press (Dumbbell)", "Incline Dumbbell Bench Press")]
    [InlineData("Romanian Deadlift (Barbell)", "Romanian Deadlift")]
    [InlineData("Romanian Deadlift (Dumbbell)", "Dumbbell Romanian Deadlift")]
    [InlineData("Hip Thrust (Barbell)", "Barbell Hip Thrust")]
    [InlineData("Leg Extension (Machine)", "Leg Extension")]
    [InlineData("Face Pull (Cable)", "Cable Face Pull")]
    [InlineData("Shoulder Press (Dumbbell)", "Seated Dumbbell Shoulder Press")]
    [InlineData("Skullcrusher (Barbell)", "EZ-Bar Skull Crusher")]
    [InlineData("Bulgarian Split Squat (Dumbbell)", "Dumbbell Bulgarian Split Squat")]
    [InlineData("Goblet Squat (Kettlebell)", "Kettlebell Goblet Squat")]
    [InlineData("Push Up", "Push-Up")]
    [InlineData("Plank", "Plank")]
    [InlineData("Dips", "Parallel Bar Dip")]
    [InlineData("RDL", "Romanian Deadlift")]
    [InlineData("OHP", "Overhead Press")]
    [InlineData("DB Shrug", "Dumbbell Shrug")]
    [InlineData("Smith Machine Squat", "Smith Machine Squat")]
    [InlineData("Squat (Smith Machine)", "Smith Machine Squat")]
    [InlineData("Barbell Bench Press", "Barbell Bench Press")]
    public void Strong_and_Hevy_names_find_the_catalogue_exercise(string source, string expected) =>
        Assert.Equal(expected, MatchedName(source));

    [Theory]
    [InlineData("Running (Treadmill)")]
    [InlineData("Cycling")]
    [InlineData("Jump Rope")]
    public void A_name_the_catalogue_does_not_know_is_left_unmatched(string source)
    {
        var match = Catalogue.Match(source);

        Assert.Null(match.ExerciseId);
        Assert.Equal(0, match.Confidence);
    }

    [Fact]
    public void An_exact_name_is_certain_and_a_reworded_one_less_so()
    {
        Assert.Equal(1, Catalogue.Match("barbell bench press").Confidence);
        Assert.Equal(1, Catalogue.Match("Bench Press (Barbell)").Confidence);
        Assert.InRange(Catalogue.Match("Squat (Barbell)").Confidence, ExerciseMatcher.Threshold, 0.99);
    }

    [Fact]
    public void The_users_own_exercise_wins_when_its_name_is_the_same()
    {
        var mine = Guid.NewGuid();
        var matcher = new ExerciseMatcher([new ExerciseCandidate(mine, "Squat (Barbell)", "barbell"),
            new ExerciseCandidate(Guid.NewGuid(), "Barbell Back Squat", "barbell")]);

        Assert.Equal(new ExerciseMatch(mine, 1), matcher.Match("squat (barbell)"));
    }
}
