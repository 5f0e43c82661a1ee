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
