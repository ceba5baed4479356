using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Data.Configurations;

/// <summary>Maps <see cref="Tag"/>.</summary>
public class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(FieldLimits.Tag).IsRequired();
        builder.Property(t => t.NormalizedName).HasMaxLength(FieldLimits.Tag).IsRequired();
        builder.HasIndex(t => t.NormalizedName).IsUnique();
    }
}
