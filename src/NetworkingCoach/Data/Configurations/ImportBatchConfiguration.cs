using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Data.Configurations;

/// <summary>Maps <see cref="ImportBatch"/> and its items.</summary>
public class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.Property(b => b.FileName).HasMaxLength(FieldLimits.FileName).IsRequired();
        builder.Property(b => b.Format).HasMaxLength(FieldLimits.Label).IsRequired();
        builder.HasMany(b => b.Items).WithOne().HasForeignKey(i => i.ImportBatchId).OnDelete(DeleteBehavior.Cascade);
    }
}
