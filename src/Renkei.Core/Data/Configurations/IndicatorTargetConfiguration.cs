using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Indicators;

namespace Renkei.Core.Data.Configurations;

internal sealed class IndicatorTargetConfiguration : IEntityTypeConfiguration<IndicatorTarget>
{
    public void Configure(EntityTypeBuilder<IndicatorTarget> builder)
    {
        builder.ToTable("indicator_targets");
        builder.Property(t => t.Value).HasPrecision(18, 3);
        builder.HasIndex(t => new { t.IndicatorId, t.Year }).IsUnique();
    }
}
