using System.Net;
using FitFolio.Api.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitFolio.Api.Auth.MagicLinks;

public sealed class MagicLinkToken
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>SHA-256 of the emailed token; the token itself is never stored.</summary>
    public byte[] TokenHash { get; set; } = [];

    /// <summary>The address as typed (trimmed): a first sign-in creates the account with it.</summary>
    public string Email { get; set; } = "";

    /// <summary>Normalized address the link was asked for; a newer link for it voids this one.</summary>
    public string NormalizedEmail { get; set; } = "";

    public Guid? UserId { get; set; }
    public User? User { get; set; }
    public string? Next { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public IPAddress? RequestedFromIp { get; set; }

    /// <summary>The invitation a first sign-in joins with; spent when the link creates the account.</summary>
    public Guid? InvitationId { get; set; }

    /// <summary>SHA-256 of the nonce in the requesting browser's cookie; another browser must confirm before signing in.</summary>
    public byte[]? BrowserBindingHash { get; set; }
}

internal sealed class MagicLinkTokenConfiguration : IEntityTypeConfiguration<MagicLinkToken>
{
    public void Configure(EntityTypeBuilder<MagicLinkToken> token)
    {
        token.ToTable("magic_link_tokens");
        token.HasIndex(t => t.TokenHash).IsUnique();
        token.HasIndex(t => new { t.NormalizedEmail, t.CreatedAt });
        token.Property(t => t.TokenHash).HasMaxLength(32);
        token.Property(t => t.BrowserBindingHash).HasMaxLength(32);
        token.Property(t => t.Email).HasMaxLength(320);
        token.Property(t => t.NormalizedEmail).HasMaxLength(320);
        token.Property(t => t.Next).HasMaxLength(2048);
        token.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        token.HasOne<Admin.Invitations.Invitation>().WithMany().HasForeignKey(t => t.InvitationId).OnDelete(DeleteBehavior.Cascade);
    }
}
