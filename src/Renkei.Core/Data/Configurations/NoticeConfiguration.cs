using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Notifications;

namespace Renkei.Core.Data.Configurations;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.ToTable("notices");
        builder.Property(n => n.Key).HasMaxLength(200);
        builder.Property(n => n.Subject).HasMaxLength(500);
        builder.Property(n => n.Note).HasMaxLength(4000);
        builder.Property(n => n.Href).HasMaxLength(300);
        builder.HasOne(n => n.User).WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisations.Prefecture>().WithMany().HasForeignKey(n => n.PrefectureId).OnDelete(DeleteBehavior.Restrict);
        // One notice per user and deadline or event: the daily run may pass again without writing twice.
        builder.HasIndex(n => new { n.UserId, n.Key }).IsUnique();
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        builder.HasIndex(n => n.Key);
    }
}
