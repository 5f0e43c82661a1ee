using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Notifications;

namespace Renkei.Core.Data.Configurations;

internal sealed class NotificationRunConfiguration : IEntityTypeConfiguration<NotificationRun>
{
    public void Configure(EntityTypeBuilder<NotificationRun> builder)
    {
        builder.ToTable("notification_runs");
        builder.HasKey(r => r.Day);
    }
}
