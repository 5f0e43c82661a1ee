using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Cases;

namespace Renkei.Core.Data.Configurations;

internal sealed class CaseAttachmentConfiguration : IEntityTypeConfiguration<CaseAttachment>
{
    public void Configure(EntityTypeBuilder<CaseAttachment> builder)
    {
        builder.ToTable("case_attachments");
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(200);
        builder.Property(a => a.StorageKey).HasMaxLength(100);
        builder.HasIndex(a => a.StorageKey).IsUnique();
        builder.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
