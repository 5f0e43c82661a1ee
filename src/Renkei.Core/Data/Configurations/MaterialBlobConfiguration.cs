using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Council;

namespace Renkei.Core.Data.Configurations;

internal sealed class MaterialBlobConfiguration : IEntityTypeConfiguration<MaterialBlob>
{
    public void Configure(EntityTypeBuilder<MaterialBlob> builder)
    {
        builder.ToTable("material_blobs");
        builder.HasKey(b => b.Key);
        builder.Property(b => b.Key).HasMaxLength(64);
    }
}
