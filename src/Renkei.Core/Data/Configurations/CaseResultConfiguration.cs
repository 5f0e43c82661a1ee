using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Cases;

namespace Renkei.Core.Data.Configurations;

internal sealed class CaseResultConfiguration : IEntityTypeConfiguration<CaseResult>
{
    public void Configure(EntityTypeBuilder<CaseResult> builder)
    {
        builder.ToTable("case_results");
        builder.Property(r => r.Indicator).HasMaxLength(200);
        builder.Property(r => r.Before).HasMaxLength(200);
        builder.Property(r => r.After).HasMaxLength(200);
        builder.Property(r => r.Source).HasMaxLength(500);
    }
}
