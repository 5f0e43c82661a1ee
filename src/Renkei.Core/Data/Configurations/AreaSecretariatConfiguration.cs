using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Grants;

namespace Renkei.Core.Data.Configurations;

internal sealed class AreaSecretariatConfiguration : IEntityTypeConfiguration<AreaSecretariat>
{
    public void Configure(EntityTypeBuilder<AreaSecretariat> builder)
    {
        builder.ToTable("area_secretariats");
        builder.Property(s => s.Note).HasMaxLength(500);
        builder.HasOne<Organisations.Municipality>().WithMany().HasForeignKey(s => s.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.AreaId, s.FiscalYear }).IsUnique();
    }
}
