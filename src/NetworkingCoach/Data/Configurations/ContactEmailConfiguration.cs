using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Data.Configurations;

/// <summary>Maps <see cref="ContactEmail"/>.</summary>
public class ContactEmailConfiguration : IEntityTypeConfiguration<ContactEmail>
{
    public void Configure(EntityTypeBuilder<ContactEmail> builder)
    {
        builder.Property(e => e.Address).HasMaxLength(FieldLimits.Email).IsRequired();
        builder.Property(e => e.NormalizedAddress).HasMaxLength(FieldLimits.Email).IsRequired();
        builder.Property(e => e.Label).HasMaxLength(FieldLimits.Label);
        builder.HasIndex(e => e.NormalizedAddress);
    }
}
