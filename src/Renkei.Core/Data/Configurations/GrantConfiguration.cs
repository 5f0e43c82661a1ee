using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Grants;

namespace Renkei.Core.Data.Configurations;

internal sealed class GrantConfiguration : IEntityTypeConfiguration<Grant>
{
    public void Configure(EntityTypeBuilder<Grant> builder)
    {
        builder.ToTable("grants");
        builder.Property(g => g.Conditions).HasMaxLength(2000);
        builder.Property(g => g.ReportSummary).HasMaxLength(4000);
        builder.HasOne(g => g.Area).WithMany().HasForeignKey(g => g.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => new { g.AreaId, g.FiscalYear }).IsUnique();
        builder.HasMany(g => g.Shares).WithOne().HasForeignKey(s => s.GrantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Projects).WithOne().HasForeignKey(p => p.GrantId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(g => g.Version).IsRowVersion();
    }
}
