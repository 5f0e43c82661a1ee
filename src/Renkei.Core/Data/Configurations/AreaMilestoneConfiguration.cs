using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Grants;

namespace Renkei.Core.Data.Configurations;

internal sealed class AreaMilestoneConfiguration : IEntityTypeConfiguration<AreaMilestone>
{
    public void Configure(EntityTypeBuilder<AreaMilestone> builder)
    {
        builder.ToTable("area_milestones");
        builder.Property(m => m.Note).HasMaxLength(1000);
        builder.HasIndex(m => m.AreaId);
    }
}
