using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Council;

namespace Renkei.Core.Data.Configurations;

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.ToTable("cycle_milestones");
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.HasIndex(m => new { m.PrefectureId, m.FiscalYear });
        builder.Property(m => m.Version).IsRowVersion();
    }
}
