using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Cases;

namespace Renkei.Core.Data.Configurations;

internal sealed class CaseSourceConfiguration : IEntityTypeConfiguration<CaseSource>
{
    public void Configure(EntityTypeBuilder<CaseSource> builder)
    {
        builder.ToTable("case_sources");
        builder.Property(s => s.Title).HasMaxLength(300);
        builder.Property(s => s.Url).HasMaxLength(1000);
    }
}
