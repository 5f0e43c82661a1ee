using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Council;

namespace Renkei.Core.Data.Configurations;

internal sealed class MeetingMaterialConfiguration : IEntityTypeConfiguration<MeetingMaterial>
{
    public void Configure(EntityTypeBuilder<MeetingMaterial> builder)
    {
        builder.ToTable("meeting_materials");
        builder.Property(m => m.FileName).HasMaxLength(200);
        builder.Property(m => m.ContentType).HasMaxLength(200);
        builder.Property(m => m.StorageKey).HasMaxLength(64);
        builder.HasIndex(m => m.StorageKey).IsUnique();
        builder.Property(m => m.Version).IsRowVersion();
        builder.HasOne<Meeting>().WithMany().HasForeignKey(m => m.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AgendaItem>().WithMany().HasForeignKey(m => m.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
