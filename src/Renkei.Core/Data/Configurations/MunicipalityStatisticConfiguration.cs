using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Organisations;

namespace Renkei.Core.Data.Configurations;

internal sealed class MunicipalityStatisticConfiguration : IEntityTypeConfiguration<MunicipalityStatistic>
{
    public void Configure(EntityTypeBuilder<MunicipalityStatistic> builder)
    {
        builder.ToTable("municipality_statistics");
        builder.HasOne(s => s.Municipality).WithMany(m => m.Statistics).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.MunicipalityId, s.Year }).IsUnique();
        builder.Property(s => s.ElderlyShare).HasPrecision(4, 1);
        builder.Property(s => s.AreaKm2).HasPrecision(8, 2);
        builder.Property(s => s.Version).IsRowVersion();
    }
}
