using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Council;

namespace Renkei.Core.Data.Configurations;

internal sealed class CalendarKeyConfiguration : IEntityTypeConfiguration<CalendarKey>
{
    public void Configure(EntityTypeBuilder<CalendarKey> builder)
    {
        builder.ToTable("calendar_keys");
        builder.HasKey(k => k.UserId);
        builder.Property(k => k.TokenHash).HasMaxLength(64);
        builder.HasIndex(k => k.TokenHash).IsUnique();
        builder.HasOne<Accounts.RenkeiUser>().WithOne().HasForeignKey<CalendarKey>(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
