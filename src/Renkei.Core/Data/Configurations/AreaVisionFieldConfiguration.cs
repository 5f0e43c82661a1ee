using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Grants;

namespace Renkei.Core.Data.Configurations;

internal sealed class AreaVisionFieldConfiguration : IEntityTypeConfiguration<AreaVisionField>
{
    public void Configure(EntityTypeBuilder<AreaVisionField> builder)
    {
        builder.ToTable("area_vision_fields");
        builder.Property(f => f.Projects).HasMaxLength(1000);
        builder.HasIndex(f => new { f.AreaId, f.Field }).IsUnique();
    }
}
