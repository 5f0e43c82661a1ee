using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Regions;

namespace Renkei.Core.Data.Configurations;

internal sealed class SupportTeamMemberConfiguration : IEntityTypeConfiguration<SupportTeamMember>
{
    public void Configure(EntityTypeBuilder<SupportTeamMember> builder)
    {
        builder.ToTable("support_team_members");
        builder.Property(m => m.Department).HasMaxLength(100);
        builder.Property(m => m.Post).HasMaxLength(200);
        builder.Property(m => m.Contact).HasMaxLength(200);
        builder.HasOne<Organisations.Prefecture>().WithMany().HasForeignKey(m => m.PrefectureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(m => m.SupportOfficeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.PrefectureId, m.SupportOfficeId });
        builder.Property(m => m.Version).IsRowVersion();
    }
}
