using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Regions;

namespace Renkei.Core.Data.Configurations;

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> builder)
    {
        builder.ToTable("follow_ups");
        builder.Property(f => f.Task).HasMaxLength(500);
        builder.Property(f => f.Owner).HasMaxLength(100);
        builder.HasIndex(f => f.EntryId);
    }
}
