using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Data.Configurations;

/// <summary>Maps <see cref="Company"/>.</summary>
public class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(FieldLimits.CompanyName).IsRequired();
        builder.Property(c => c.NormalizedName).HasMaxLength(FieldLimits.CompanyName).IsRequired();
        builder.Property(c => c.Website).HasMaxLength(FieldLimits.Url);
        builder.Property(c => c.Notes).HasMaxLength(FieldLimits.Notes);
        builder.HasIndex(c => c.NormalizedName).IsUnique();
    }
}
