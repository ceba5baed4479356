using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Data.Configurations;

/// <summary>Maps <see cref="ReminderState"/>.</summary>
public class ReminderStateConfiguration : IEntityTypeConfiguration<ReminderState>
{
    public void Configure(EntityTypeBuilder<ReminderState> builder)
    {
        builder.Property(r => r.ItemKey).HasMaxLength(FieldLimits.ReminderKey).IsRequired();
        builder.HasIndex(r => r.ItemKey).IsUnique();
    }
}
