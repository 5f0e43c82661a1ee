using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Cases;

namespace Renkei.Core.Data.Configurations;

internal sealed class AdoptionConfiguration : IEntityTypeConfiguration<Adoption>
{
    public void Configure(EntityTypeBuilder<Adoption> builder)
    {
        builder.ToTable("adoptions");
        builder.Property(a => a.Reason).HasMaxLength(1000);
        builder.Property(a => a.Changes).HasMaxLength(2000);
        builder.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Themes.CollaborationTheme>().WithMany().HasForeignKey(a => a.ThemeId).OnDelete(DeleteBehavior.SetNull);
        // One record per adopter and case: its stage moves on (検討中 → 実施中) instead of piling up rows.
        builder.HasIndex(a => new { a.CaseId, a.OrganisationId }).IsUnique();
        builder.Property(a => a.Version).IsRowVersion();
    }
}
