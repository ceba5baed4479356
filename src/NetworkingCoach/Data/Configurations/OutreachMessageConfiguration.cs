using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Data.Configurations;

/// <summary>Maps <see cref="OutreachMessage"/>.</summary>
public class OutreachMessageConfiguration : IEntityTypeConfiguration<OutreachMessage>
{
    public void Configure(EntityTypeBuilder<OutreachMessage> builder)
    {
        builder.ToTable("Messages");
        builder.Property(m => m.Subject).HasMaxLength(FieldLimits.Subject).IsRequired();
        builder.Property(m => m.Body).HasMaxLength(FieldLimits.MessageBody).IsRequired();
        builder.Property(m => m.VerdictReasons).HasMaxLength(FieldLimits.MessageBody);
        builder.HasOne(m => m.Contact).WithMany().HasForeignKey(m => m.ContactId).OnDelete(DeleteBehavior.Cascade);
    }
}
