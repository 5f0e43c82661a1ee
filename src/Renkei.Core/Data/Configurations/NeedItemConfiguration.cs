using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Surveys;

namespace Renkei.Core.Data.Configurations;

internal sealed class NeedItemConfiguration : IEntityTypeConfiguration<NeedItem>
{
    public void Configure(EntityTypeBuilder<NeedItem> builder)
    {
        builder.ToTable("need_items");
        builder.HasOne(i => i.Response).WithMany(r => r.Items).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Category).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.ResponseId, i.CategoryId });
        builder.HasOne(i => i.HeardBy).WithMany().HasForeignKey(i => i.HeardByOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Regions.ContactLogEntry>().WithMany().HasForeignKey(i => i.HeardInContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => i.HeardInContactId);
        builder.Ignore(i => i.AwaitsConfirmation);
        builder.Property(i => i.Title).HasMaxLength(200);
        builder.Property(i => i.Form).HasMaxLength(4000);
        builder.Property(i => i.Content).HasMaxLength(4000);
        builder.Property(i => i.Issues).HasMaxLength(4000);
        builder.Property(i => i.Version).IsRowVersion();
        builder.Property(i => i.SearchText)
            .HasComputedColumnSql("title || ' ' || coalesce(form, '') || ' ' || coalesce(content, '') || ' ' || coalesce(issues, '')", stored: true);
        builder.HasIndex(i => i.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_need_items_search_text_trgm");
    }
}
