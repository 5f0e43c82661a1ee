using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Council;

namespace Renkei.Core.Data.Configurations;

internal sealed class ScheduleTemplateItemConfiguration : IEntityTypeConfiguration<ScheduleTemplateItem>
{
    public void Configure(EntityTypeBuilder<ScheduleTemplateItem> builder)
    {
        builder.ToTable("schedule_template_items");
        builder.Property(i => i.Title).HasMaxLength(200);
        builder.HasOne<Organisations.Prefecture>().WithMany().HasForeignKey(i => i.PrefectureId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.Version).IsRowVersion();
    }
}
