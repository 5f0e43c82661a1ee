using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Regions;

namespace Renkei.Core.Data.Configurations;

internal sealed class ContactLogEntryConfiguration : IEntityTypeConfiguration<ContactLogEntry>
{
    public void Configure(EntityTypeBuilder<ContactLogEntry> builder)
    {
        builder.ToTable("contact_log_entries");
        builder.Property(e => e.Participants).HasMaxLength(1000);
        builder.Property(e => e.Topics).HasMaxLength(4000);
        builder.Property(e => e.IssuesHeard).HasMaxLength(4000);
        builder.HasOne<Organisations.Prefecture>().WithMany().HasForeignKey(e => e.PrefectureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(e => e.KeeperOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Themes.CollaborationTheme>().WithMany().HasForeignKey(e => e.ThemeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(e => e.FollowUps).WithOne().HasForeignKey(f => f.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.PrefectureId, e.KeeperOrganisationId, e.On });
        builder.Property(e => e.Version).IsRowVersion();
    }
}
