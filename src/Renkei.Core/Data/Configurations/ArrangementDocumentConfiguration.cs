using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Arrangements;

namespace Renkei.Core.Data.Configurations;

internal sealed class ArrangementDocumentConfiguration : IEntityTypeConfiguration<ArrangementDocument>
{
    public void Configure(EntityTypeBuilder<ArrangementDocument> builder)
    {
        builder.ToTable("arrangement_documents");
        builder.Property(d => d.Title).HasMaxLength(300);
        builder.Property(d => d.Url).HasMaxLength(1000);
        builder.HasOne<Arrangement>().WithMany().HasForeignKey(d => d.ArrangementId).OnDelete(DeleteBehavior.Cascade);
    }
}
