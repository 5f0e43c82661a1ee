using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Grants;

namespace Renkei.Core.Data.Configurations;

internal sealed class AreaMemberConfiguration : IEntityTypeConfiguration<AreaMember>
{
    public void Configure(EntityTypeBuilder<AreaMember> builder)
    {
        builder.ToTable("area_members");
        builder.HasOne(m => m.Municipality).WithMany().HasForeignKey(m => m.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.AreaId, m.MunicipalityId }).IsUnique();
        builder.HasIndex(m => m.MunicipalityId);
    }
}
