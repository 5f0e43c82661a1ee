using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Regions;

namespace Renkei.Core.Data.Configurations;

internal sealed class SupportRequestConfiguration : IEntityTypeConfiguration<SupportRequest>
{
    public void Configure(EntityTypeBuilder<SupportRequest> builder)
    {
        builder.ToTable("support_requests");
        builder.Property(r => r.Question).HasMaxLength(4000);
        builder.Property(r => r.Answer).HasMaxLength(4000);
        builder.HasOne<Organisations.Prefecture>().WithMany().HasForeignKey(r => r.PrefectureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(r => r.SupportOfficeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Themes.CollaborationTheme>().WithMany().HasForeignKey(r => r.ThemeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Surveys.NeedItem>().WithMany().HasForeignKey(r => r.NeedItemId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<SupportTeamMember>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => new { r.PrefectureId, r.SupportOfficeId, r.State });
        builder.Property(r => r.Version).IsRowVersion();
    }
}
