using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Council;

namespace Renkei.Core.Data.Configurations;

internal sealed class BodyMembershipConfiguration : IEntityTypeConfiguration<BodyMembership>
{
    public void Configure(EntityTypeBuilder<BodyMembership> builder)
    {
        builder.ToTable("body_memberships");
        builder.Property(m => m.Post).HasMaxLength(200);
        builder.HasOne(m => m.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.BodyId, m.OrganisationId, m.From });
    }
}
