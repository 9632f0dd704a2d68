using System.Net;
using FitFolio.Api.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitFolio.Api.Auth.Audit;

public sealed class LoginEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? UserId { get; set; }
    public User? User { get; set; }
    public string EventType { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public IPAddress? IpAddress { get; set; }
    public string? UserAgent { get; set; }

    /// <summary>A JSON object with event details (jsonb on PostgreSQL); never a token.</summary>
    public string Extra { get; set; } = "{}";
}

internal sealed class LoginEventConfiguration : IEntityTypeConfiguration<LoginEvent>
{
    public void Configure(EntityTypeBuilder<LoginEvent> loginEvent)
    {
        loginEvent.ToTable("login_events");
        loginEvent.Property(e => e.EventType).HasMaxLength(64);
        loginEvent.Property(e => e.UserAgent).HasMaxLength(512);
        loginEvent.HasIndex(e => new { e.UserId, e.CreatedAt });
        loginEvent.HasIndex(e => new { e.EventType, e.CreatedAt });
        loginEvent.HasOne(e => e.User).WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
