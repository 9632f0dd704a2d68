using FitFolio.Api.Training.Workouts;

namespace FitFolio.Api.Tests.Training.Workouts;

// Devices keep the versions they were given (a queued PUT sends one back), so the digest must not change between
// releases: the expected values are SHA-256 over the fields joined by '|', computed outside .NET.
public sealed class SetVersionTests
{
    private static readonly Guid Exercise = Guid.Parse("0b6f5c0e-9f8a-4c1e-8d2b-7a3f4e5d6c7b");
    private static readonly DateTimeOffset CompletedAt = DateTimeOffset.FromUnixTimeMilliseconds(1764460800123);

    [Fact]
    public void The_version_of_a_weighted_set_with_notes_is_the_start_of_the_sha256_of_its_fields()
    {
        var set = new WorkoutSet
        {
            ExerciseId = Exercise,
            Reps = 5,
            WeightKg = 102.05828325,
            Rpe = 8.5,
            SetType = SetTypes.Working,
            Notes = "Paused, 2 s — ü 🏋",
            CompletedAt = CompletedAt,
        };

        Assert.Equal("96f3cb1000ac7155e5968a2f", SetVersion.Of(set));
    }

    [Fact]
    public void The_version_of_a_set_with_empty_fields_and_distance_and_time_is_the_start_of_the_sha256_of_its_fields()
    {
        var set = new WorkoutSet
        {
            ExerciseId = Exercise,
            Reps = 0,
            WeightKg = 0,
            SetType = SetTypes.Warmup,
            CompletedAt = CompletedAt,
            DurationSeconds = 95,
            DistanceM = 1000.5,
        };

        Assert.Equal("7f824934e4df0e588f97d904", SetVersion.Of(set));
    }

    [Fact]
    public void Long_notes_change_the_version()
    {
        var set = new WorkoutSet { ExerciseId = Exercise, Reps = 5, WeightKg = 100, CompletedAt = CompletedAt, Notes = new string('a', 1000) };
        var before = SetVersion.Of(set);

        set.Notes = new string('a', 999) + "b";

        Assert.NotEqual(before, SetVersion.Of(set));
    }
}
