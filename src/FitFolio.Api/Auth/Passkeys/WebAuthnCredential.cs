using FitFolio.Api.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitFolio.Api.Auth.Passkeys;

public sealed class WebAuthnCredential
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public User? User { get; set; }

    /// <summary>The authenticator's credential id; one credential belongs to one user only.</summary>
    public byte[] CredentialId { get; set; } = [];

    public byte[] PublicKey { get; set; } = [];
    public long SignCount { get; set; }
    public List<string> Transports { get; set; } = [];
    public string Nickname { get; set; } = "";
    public Guid AaGuid { get; set; }
    public bool BackupEligible { get; set; }
    public bool BackedUp { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}

internal sealed class WebAuthnCredentialConfiguration : IEntityTypeConfiguration<WebAuthnCredential>
{
    public void Configure(EntityTypeBuilder<WebAuthnCredential> credential)
    {
        credential.ToTable("webauthn_credentials");
        credential.HasIndex(c => c.CredentialId).IsUnique();
        credential.HasIndex(c => c.UserId);
        credential.Property(c => c.CredentialId).HasMaxLength(1023);
        credential.Property(c => c.Nickname).HasMaxLength(100);
        credential.HasOne(c => c.User).WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
