namespace FitFolio.Api.Account;

public sealed record UserResponse(Guid Id, string Email, string DisplayName, string Unit, string TimeZone, DateTimeOffset CreatedAt)
{
    public static UserResponse From(User user) =>
        new(user.Id, user.Email, user.DisplayName, user.Unit == WeightUnit.Lb ? "lb" : "kg", user.TimeZone, user.CreatedAt);
}

public sealed record UserEnvelope(UserResponse User);
