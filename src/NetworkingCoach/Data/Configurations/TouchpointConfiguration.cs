using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Data.Configurations;

/// <summary>Maps <see cref="Touchpoint"/>.</summary>
public class TouchpointConfiguration : IEntityTypeConfiguration<Touchpoint>
{
    public void Configure(EntityTypeBuilder<Touchpoint> builder)
    {
        builder.Property(t => t.Summary).HasMaxLength(FieldLimits.Summary);
        builder.Property(t => t.MeetingPurpose).HasMaxLength(FieldLimits.Summary);
        builder.Property(t => t.MeetingAgenda).HasMaxLength(FieldLimits.MeetingText);
        builder.Property(t => t.MeetingOutcome).HasMaxLength(FieldLimits.MeetingText);
        builder.HasIndex(t => new { t.ContactId, t.OccurredAt });
        builder.HasIndex(t => t.OccurredAt);
        builder.HasIndex(t => t.FollowUpOn);
    }
}
