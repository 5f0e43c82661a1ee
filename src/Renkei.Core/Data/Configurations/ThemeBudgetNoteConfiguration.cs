using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Themes;

namespace Renkei.Core.Data.Configurations;

internal sealed class ThemeBudgetNoteConfiguration : IEntityTypeConfiguration<ThemeBudgetNote>
{
    public void Configure(EntityTypeBuilder<ThemeBudgetNote> builder)
    {
        builder.ToTable("theme_budget_notes");
        builder.Property(n => n.Note).HasMaxLength(4000);
        builder.HasIndex(n => new { n.ThemeId, n.FiscalYear }).IsUnique();
    }
}
