using FitFolio.Api.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitFolio.Api.Admin.Invitations;

/// <summary>
/// A single-use way in for someone who may not join otherwise. Instance data, not any user's: it outlives the admin who
/// made it and is not part of anyone's export.
/// </summary>
public sealed class Invitation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>SHA-256 of the token in the link; the token is shown once, to the admin who made it.</summary>
    public byte[] TokenHash { get; set; } = [];

    /// <summary>When set, only this address can join with the invitation.</summary>
    public string? Email { get; set; }

    public string? NormalizedEmail { get; set; }
    public Guid? CreatedByUserId { get; set; }
    public User? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public Guid? UsedByUserId { get; set; }
    public User? UsedBy { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool AdmitsAt(DateTimeOffset now) => UsedAt is null && RevokedAt is null && ExpiresAt > now;

    public string StatusAt(DateTimeOffset now) =>
        RevokedAt is not null ? "revoked" : UsedAt is not null ? "used" : ExpiresAt <= now ? "expired" : "active";
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> invitation)
    {
        invitation.ToTable("invitations");
        invitation.HasIndex(i => i.TokenHash).IsUnique();
        invitation.HasIndex(i => i.CreatedAt);
        invitation.Property(i => i.TokenHash).HasMaxLength(32);
        invitation.Property(i => i.Email).HasMaxLength(320);
        invitation.Property(i => i.NormalizedEmail).HasMaxLength(320);
        // The admin who made it or the user who joined with it may leave; the record of the invitation stays.
        invitation.HasOne(i => i.CreatedBy).WithMany().HasForeignKey(i => i.CreatedByUserId).OnDelete(DeleteBehavior.SetNull);
        invitation.HasOne(i => i.UsedBy).WithMany().HasForeignKey(i => i.UsedByUserId).OnDelete(DeleteBehavior.SetNull);
    }
}

public static class InvitationQueries
{
    /// <summary>The invitation behind a link's token if it can still admit this address now; null for any other case.</summary>
    public static async Task<Invitation?> FindAdmittingAsync(
        this IQueryable<Invitation> invitations, string? token, string normalizedEmail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!Auth.Sessions.SessionTokenService.LooksLikeToken(token))
        {
            return null;
        }

        var hash = Auth.Sessions.SessionTokenService.Hash(token!);
        return await invitations.AsNoTracking().SingleOrDefaultAsync(
            i => i.TokenHash == hash && i.UsedAt == null && i.RevokedAt == null && i.ExpiresAt > now
                 && (i.NormalizedEmail == null || i.NormalizedEmail == normalizedEmail), cancellationToken);
    }
}
