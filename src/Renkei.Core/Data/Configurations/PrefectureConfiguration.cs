using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Organisations;

namespace Renkei.Core.Data.Configurations;

internal sealed class PrefectureConfiguration : IEntityTypeConfiguration<Prefecture>
{
    public void Configure(EntityTypeBuilder<Prefecture> builder)
    {
        builder.ToTable("prefectures");
        builder.Property(p => p.Name).HasMaxLength(20);
        builder.HasIndex(p => p.Code).IsUnique();
    }
}
