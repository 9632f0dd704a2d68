using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitFolio.Api.Account;

public sealed class User
{
    private User()
    {
    }

    public User(string email, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7(createdAt);
        Email = EmailAddress.Canonical(email);
        NormalizedEmail = EmailAddress.Normalize(email);
        DisplayName = Email[..Email.IndexOf('@', StringComparison.Ordinal)];
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    /// <summary>The address as the user first gave it; mail always goes here, never to a look-alike.</summary>
    public string Email { get; private set; } = "";

    /// <summary>The lookup key: unique, so two spellings of one address are one account.</summary>
    public string NormalizedEmail { get; private set; } = "";

    public string DisplayName { get; set; } = "";
    public WeightUnit Unit { get; set; } = WeightUnit.Kg;

    /// <summary>The smallest load change the lifter can make, in kg; null follows the unit (2.5 kg, or 5 lb).</summary>
    public double? PlateStepKg { get; set; }

    public double EffectivePlateStepKg => PlateStepKg ?? (Unit == WeightUnit.Lb ? FivePoundsInKg : 2.5);
    /// <summary>The zone dates and weeks are read in; UTC until the user (or their browser, on first use) sets one.</summary>
    public string TimeZone { get; private set; } = "UTC";

    /// <summary>False until a zone is set, so the client knows to send the browser's instead of keeping the UTC default.</summary>
    public bool TimeZoneChosen { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>An instance admin: manages users and invitations. The first account on an instance is one.</summary>
    public bool IsAdmin { get; set; }

    /// <summary>Set by an admin: the user's sessions end and sign-in is refused while it is set.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    /// <summary>How records and progress estimate a one-rep max: "epley" (default), "brzycki" or "rpe".</summary>
    public string E1rmFormula { get; set; } = Training.Analytics.E1rmFormulas.Epley;

    public const double FivePoundsInKg = 5 * 0.45359237;

    public void ChooseTimeZone(string ianaId)
    {
        TimeZone = ianaId;
        TimeZoneChosen = true;
    }
}

public enum WeightUnit
{
    Kg,
    Lb,
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> user)
    {
        user.ToTable("users");
        user.Property(u => u.Email).HasMaxLength(320);
        user.Property(u => u.NormalizedEmail).HasMaxLength(320);
        user.HasIndex(u => u.NormalizedEmail).IsUnique();
        user.Property(u => u.DisplayName).HasMaxLength(100);
        user.Property(u => u.Unit).HasConversion<string>().HasMaxLength(2);
        user.Property(u => u.TimeZone).HasMaxLength(64);
        user.Property(u => u.E1rmFormula).HasMaxLength(16).HasDefaultValue(Training.Analytics.E1rmFormulas.Epley);
    }
}
