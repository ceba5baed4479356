using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Data.Configurations;

/// <summary>Maps <see cref="ContactPhone"/>.</summary>
public class ContactPhoneConfiguration : IEntityTypeConfiguration<ContactPhone>
{
    public void Configure(EntityTypeBuilder<ContactPhone> builder)
    {
        builder.Property(p => p.Number).HasMaxLength(FieldLimits.Phone).IsRequired();
        builder.Property(p => p.Label).HasMaxLength(FieldLimits.Label);
    }
}
