using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Data.Configurations;

/// <summary>Maps <see cref="SamePersonDecision"/>: one row per pair, gone when either contact is deleted.</summary>
public class SamePersonDecisionConfiguration : IEntityTypeConfiguration<SamePersonDecision>
{
    public void Configure(EntityTypeBuilder<SamePersonDecision> builder)
    {
        builder.HasOne<Contact>().WithMany().HasForeignKey(d => d.FirstContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Contact>().WithMany().HasForeignKey(d => d.SecondContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.FirstContactId, d.SecondContactId }).IsUnique();
    }
}
