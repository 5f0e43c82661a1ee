using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Arrangements;

namespace Renkei.Core.Data.Configurations;

internal sealed class ArrangementMemberConfiguration : IEntityTypeConfiguration<ArrangementMember>
{
    public void Configure(EntityTypeBuilder<ArrangementMember> builder)
    {
        builder.ToTable("arrangement_members", t => t.HasCheckConstraint("ck_arrangement_members_one_party",
            "(CASE WHEN organisation_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN is_prefecture THEN 1 ELSE 0 END) + (CASE WHEN party_arrangement_id IS NULL THEN 0 ELSE 1 END) = 1"));
        builder.HasOne(m => m.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.PartyArrangement).WithMany().HasForeignKey(m => m.PartyArrangementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.OrganisationId);
    }
}
