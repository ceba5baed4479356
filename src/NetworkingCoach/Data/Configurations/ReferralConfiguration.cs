using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Data.Configurations;

/// <summary>Maps <see cref="Referral"/>; deleting either person removes the referral, never leaves it dangling.</summary>
public class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.Property(r => r.Note).HasMaxLength(FieldLimits.Summary);
        builder.HasOne(r => r.Referrer).WithMany().HasForeignKey(r => r.ReferrerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Referred).WithMany().HasForeignKey(r => r.ReferredId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.SourceTouchpoint).WithMany().HasForeignKey(r => r.SourceTouchpointId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => new { r.ReferrerId, r.ReferredId }).IsUnique();
    }
}
