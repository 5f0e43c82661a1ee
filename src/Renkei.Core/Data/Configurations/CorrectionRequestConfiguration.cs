using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Arrangements;

namespace Renkei.Core.Data.Configurations;

internal sealed class CorrectionRequestConfiguration : IEntityTypeConfiguration<CorrectionRequest>
{
    public void Configure(EntityTypeBuilder<CorrectionRequest> builder)
    {
        builder.ToTable("correction_requests");
        builder.Property(c => c.Text).HasMaxLength(2000);
        builder.Property(c => c.Reply).HasMaxLength(2000);
        builder.HasOne<Arrangement>().WithMany().HasForeignKey(c => c.ArrangementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ArrangementId, c.State });
        builder.Property(c => c.Version).IsRowVersion();
    }
}
