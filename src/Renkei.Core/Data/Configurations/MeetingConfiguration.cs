using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Council;

namespace Renkei.Core.Data.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("meetings");
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Place).HasMaxLength(200);
        builder.HasOne(m => m.Body).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.PrefectureId, m.FiscalYear });
        builder.Property(m => m.Version).IsRowVersion();
    }
}
