using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Indicators;

namespace Renkei.Core.Data.Configurations;

internal sealed class IndicatorThemeConfiguration : IEntityTypeConfiguration<IndicatorTheme>
{
    public void Configure(EntityTypeBuilder<IndicatorTheme> builder)
    {
        builder.ToTable("indicator_themes");
        builder.HasKey(t => new { t.IndicatorId, t.ThemeId });
        builder.HasOne<Themes.CollaborationTheme>().WithMany().HasForeignKey(t => t.ThemeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.ThemeId);
    }
}
