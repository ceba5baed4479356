using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Data.Configurations;

/// <summary>Maps <see cref="IntentCorrection"/>.</summary>
public class IntentCorrectionConfiguration : IEntityTypeConfiguration<IntentCorrection>
{
    public void Configure(EntityTypeBuilder<IntentCorrection> builder)
    {
        builder.Property(c => c.Subject).HasMaxLength(FieldLimits.Subject).IsRequired();
        builder.Property(c => c.Body).HasMaxLength(FieldLimits.MessageBody).IsRequired();
        builder.Property(c => c.ReadAs).HasMaxLength(20).IsRequired();
        builder.Property(c => c.CorrectedTo).HasMaxLength(20).IsRequired();
        builder.HasIndex(c => c.UpdatedAt);
    }
}
