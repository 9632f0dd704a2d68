namespace FitFolio.Api.Account;

/// <param name="TimeZoneChosen">False while the zone is the UTC default: the client should send the browser's zone once.</param>
public sealed record UserResponse(Guid Id, string Email, string DisplayName, string Unit, string TimeZone, bool TimeZoneChosen, DateTimeOffset CreatedAt)
{
    public static UserResponse From(User user) =>
        new(user.Id, user.Email, user.DisplayName, user.Unit == WeightUnit.Lb ? "lb" : "kg", user.TimeZone, user.TimeZoneChosen, user.CreatedAt);
}

public sealed record UserEnvelope(UserResponse User);
