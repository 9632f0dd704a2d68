namespace FitFolio.Api.Account;

/// <param name="TimeZoneChosen">False while the zone is the UTC default: the client should send the browser's zone once.</param>
/// <param name="E1rmFormula">How one-rep maxes are estimated: epley, brzycki or rpe.</param>
/// <param name="PlateStepKg">What converted targets round to and steppers step by, in kg: 2.5 kg or 5 lb unless the user set one.</param>
public sealed record UserResponse(
    Guid Id, string Email, string DisplayName, string Unit, string TimeZone, bool TimeZoneChosen, double PlateStepKg, DateTimeOffset CreatedAt,
    string E1rmFormula)
{
    public static UserResponse From(User user) =>
        new(user.Id, user.Email, user.DisplayName, user.Unit == WeightUnit.Lb ? "lb" : "kg", user.TimeZone, user.TimeZoneChosen, user.EffectivePlateStepKg,
            user.CreatedAt, user.E1rmFormula);
}

public sealed record UserEnvelope(UserResponse User);
