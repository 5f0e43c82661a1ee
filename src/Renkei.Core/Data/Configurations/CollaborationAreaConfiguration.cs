using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Grants;

namespace Renkei.Core.Data.Configurations;

internal sealed class CollaborationAreaConfiguration : IEntityTypeConfiguration<CollaborationArea>
{
    public void Configure(EntityTypeBuilder<CollaborationArea> builder)
    {
        builder.ToTable("collaboration_areas");
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Note).HasMaxLength(2000);
        builder.HasIndex(a => new { a.ProgramId, a.Name }).IsUnique();
        builder.HasMany(a => a.Members).WithOne().HasForeignKey(m => m.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Fields).WithOne().HasForeignKey(f => f.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Secretariats).WithOne().HasForeignKey(s => s.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Milestones).WithOne().HasForeignKey(m => m.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.Version).IsRowVersion();
    }
}
