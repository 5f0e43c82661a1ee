using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Arrangements;

namespace Renkei.Core.Data.Configurations;

internal sealed class ArrangementConfiguration : IEntityTypeConfiguration<Arrangement>
{
    public void Configure(EntityTypeBuilder<Arrangement> builder)
    {
        builder.ToTable("arrangements");
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Note).HasMaxLength(2000);
        builder.HasOne<Organisations.Prefecture>().WithMany().HasForeignKey(a => a.PrefectureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Members).WithOne().HasForeignKey(m => m.ArrangementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Steps).WithOne().HasForeignKey(s => s.ArrangementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.PrefectureId, a.Type });
        builder.Property(a => a.Version).IsRowVersion();
    }
}
