using System.Net;
using FitFolio.Api.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitFolio.Api.Auth.Sessions;

public sealed class Session
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public User? User { get; set; }

    /// <summary>SHA-256 of the cookie's token; the token itself is never stored.</summary>
    public byte[] TokenHash { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the user last proved who they are (sign-in or passkey); sensitive actions need it recent.</summary>
    public DateTimeOffset AuthenticatedAt { get; set; }

    /// <summary>Absolute end of this sign-in; rotation carries it over unchanged.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RotatedAt { get; set; }

    /// <summary>SHA-256 of the token before the last rotation, still accepted until <see cref="PreviousTokenValidUntil"/>.</summary>
    public byte[]? PreviousTokenHash { get; set; }

    /// <summary>End of the grace period in which requests that raced the rotation may still use the previous token.</summary>
    public DateTimeOffset? PreviousTokenValidUntil { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    public IPAddress? IpAddress { get; set; }
    public string? UserAgent { get; set; }
}

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> session)
    {
        session.ToTable("sessions");
        session.HasIndex(s => s.TokenHash).IsUnique();
        session.HasIndex(s => s.PreviousTokenHash);
        session.HasIndex(s => new { s.UserId, s.ExpiresAt });
        session.Property(s => s.TokenHash).HasMaxLength(32);
        session.Property(s => s.PreviousTokenHash).HasMaxLength(32);
        session.Property(s => s.UserAgent).HasMaxLength(512);
        session.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
