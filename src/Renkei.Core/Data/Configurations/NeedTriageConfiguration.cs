using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Themes;

namespace Renkei.Core.Data.Configurations;

internal sealed class NeedTriageConfiguration : IEntityTypeConfiguration<NeedTriage>
{
    public void Configure(EntityTypeBuilder<NeedTriage> builder)
    {
        builder.ToTable("need_triage");
        builder.HasKey(t => t.NeedItemId);
        builder.HasOne(t => t.NeedItem).WithOne().HasForeignKey<NeedTriage>(t => t.NeedItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Theme).WithMany().OnDelete(DeleteBehavior.SetNull);
        builder.Property(t => t.Note).HasMaxLength(2000);
        builder.HasIndex(t => new { t.ThemeId });
        builder.HasIndex(t => new { t.State });
        builder.Property(t => t.Version).IsRowVersion();
    }
}
