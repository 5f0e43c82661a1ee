using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Council;

namespace Renkei.Core.Data.Configurations;

internal sealed class CouncilBodyConfiguration : IEntityTypeConfiguration<CouncilBody>
{
    public void Configure(EntityTypeBuilder<CouncilBody> builder)
    {
        builder.ToTable("council_bodies");
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.Property(b => b.ChairPost).HasMaxLength(200);
        builder.HasOne<Organisations.Prefecture>().WithMany().HasForeignKey(b => b.PrefectureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Themes.CollaborationTheme>().WithMany().HasForeignKey(b => b.ThemeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(b => b.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Memberships).WithOne().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(b => b.Version).IsRowVersion();
    }
}
