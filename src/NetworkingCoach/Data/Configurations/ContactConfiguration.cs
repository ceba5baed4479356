using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NetworkingCoach.Domain;

namespace NetworkingCoach.Data.Configurations;

/// <summary>Maps <see cref="Contact"/>.</summary>
public class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(FieldLimits.Name).IsRequired();
        builder.Property(c => c.Title).HasMaxLength(FieldLimits.Title);
        builder.Property(c => c.Location).HasMaxLength(FieldLimits.Location);
        builder.Property(c => c.HowWeMet).HasMaxLength(FieldLimits.HowWeMet);
        builder.Property(c => c.Notes).HasMaxLength(FieldLimits.Notes);
        builder.Property(c => c.LinkedInUrl).HasMaxLength(FieldLimits.Url);
        builder.Property(c => c.LinkedInKey).HasMaxLength(FieldLimits.Url);
        builder.Property(c => c.SearchText).HasMaxLength(FieldLimits.SearchText).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();

        builder.HasOne(c => c.Company).WithMany(c => c.Contacts).HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(c => c.Emails).WithOne().HasForeignKey(e => e.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Phones).WithOne().HasForeignKey(p => p.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Tags).WithOne().HasForeignKey(t => t.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Touchpoints).WithOne(t => t.Contact).HasForeignKey(t => t.ContactId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(c => c.Name);
        builder.HasIndex(c => c.LinkedInKey);
        builder.HasIndex(c => c.IsArchived);
    }
}
