using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Grants;

namespace Renkei.Core.Data.Configurations;

internal sealed class GrantShareConfiguration : IEntityTypeConfiguration<GrantShare>
{
    public void Configure(EntityTypeBuilder<GrantShare> builder)
    {
        builder.ToTable("grant_shares", t => t.HasCheckConstraint("ck_grant_shares_amounts",
            "amount_applied_for >= 0 AND (amount_awarded IS NULL OR amount_awarded >= 0) AND (amount_used IS NULL OR amount_used >= 0)"));
        builder.HasOne(s => s.Municipality).WithMany().HasForeignKey(s => s.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.GrantId, s.MunicipalityId }).IsUnique();
        builder.HasMany(s => s.Disbursements).WithOne().HasForeignKey(d => d.GrantShareId).OnDelete(DeleteBehavior.Cascade);
    }
}
