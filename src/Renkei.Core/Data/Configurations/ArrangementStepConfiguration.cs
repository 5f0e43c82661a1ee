using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Arrangements;

namespace Renkei.Core.Data.Configurations;

internal sealed class ArrangementStepConfiguration : IEntityTypeConfiguration<ArrangementStep>
{
    public void Configure(EntityTypeBuilder<ArrangementStep> builder)
    {
        builder.ToTable("arrangement_steps");
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.Note).HasMaxLength(2000);
        builder.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(s => s.PartnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
