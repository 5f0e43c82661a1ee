using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Themes;

namespace Renkei.Core.Data.Configurations;

internal sealed class CollaborationThemeConfiguration : IEntityTypeConfiguration<CollaborationTheme>
{
    public void Configure(EntityTypeBuilder<CollaborationTheme> builder)
    {
        builder.ToTable("collaboration_themes");
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Summary).HasMaxLength(4000);
        builder.Property(t => t.StudyBody).HasMaxLength(200);
        builder.Property(t => t.Outcome).HasMaxLength(4000);
        builder.HasOne<Organisations.Prefecture>().WithMany().HasForeignKey(t => t.PrefectureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.OwnerOrganisation).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.LeadDepartment).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Participants).WithMany().UsingEntity(j => j.ToTable("theme_participants"));
        builder.HasMany(t => t.BudgetNotes).WithOne().HasForeignKey(n => n.ThemeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Transitions).WithOne().HasForeignKey(n => n.ThemeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.PrefectureId, t.State });
        builder.Property(t => t.Version).IsRowVersion();
    }
}

internal sealed class ThemeBudgetNoteConfiguration : IEntityTypeConfiguration<ThemeBudgetNote>
{
    public void Configure(EntityTypeBuilder<ThemeBudgetNote> builder)
    {
        builder.ToTable("theme_budget_notes");
        builder.Property(n => n.Note).HasMaxLength(4000);
        builder.HasIndex(n => new { n.ThemeId, n.FiscalYear }).IsUnique();
    }
}

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
