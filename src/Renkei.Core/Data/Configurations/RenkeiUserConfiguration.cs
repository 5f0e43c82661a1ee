using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Accounts;
using Renkei.Core.Auditing;

namespace Renkei.Core.Data.Configurations;

internal sealed class RenkeiUserConfiguration : IEntityTypeConfiguration<RenkeiUser>
{
    public void Configure(EntityTypeBuilder<RenkeiUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.Property(u => u.Language).HasMaxLength(8);
        builder.HasOne(u => u.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
