using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Indicators;

namespace Renkei.Core.Data.Configurations;

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.ToTable("indicator_values");
        builder.Property(v => v.Value).HasPrecision(18, 3);
        builder.Property(v => v.Source).HasMaxLength(500);
        builder.Property(v => v.ReviewNote).HasMaxLength(1000);
        builder.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(v => v.SubmittedByOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.IndicatorId, v.Year }).IsUnique();
        builder.Property(v => v.Version).IsRowVersion();
    }
}
