using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Themes;

namespace Renkei.Core.Data.Configurations;

internal sealed class ThemeTransitionConfiguration : IEntityTypeConfiguration<ThemeTransition>
{
    public void Configure(EntityTypeBuilder<ThemeTransition> builder)
    {
        builder.ToTable("theme_transitions");
        builder.Property(t => t.Reason).HasMaxLength(2000);
        builder.Property(t => t.DecisionText).HasMaxLength(2000);
        builder.HasIndex(t => new { t.ThemeId, t.At });
    }
}
