using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Indicators;

namespace Renkei.Core.Data.Configurations;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("indicators");
        builder.Property(i => i.Name).HasMaxLength(300);
        builder.Property(i => i.Unit).HasMaxLength(20);
        builder.Property(i => i.Plan).HasMaxLength(300);
        builder.Property(i => i.BaselineNote).HasMaxLength(500);
        builder.Property(i => i.MilestoneLabel).HasMaxLength(100);
        builder.Property(i => i.BaselineValue).HasPrecision(18, 3);
        builder.Property(i => i.FinalTargetValue).HasPrecision(18, 3);
        builder.HasOne<Organisations.Prefecture>().WithMany().HasForeignKey(i => i.PrefectureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisations.Department>().WithMany().HasForeignKey(i => i.OwnerDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Targets).WithOne().HasForeignKey(t => t.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Values).WithOne().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Themes).WithOne().HasForeignKey(t => t.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => i.PrefectureId);
        builder.Property(i => i.Version).IsRowVersion();
    }
}
