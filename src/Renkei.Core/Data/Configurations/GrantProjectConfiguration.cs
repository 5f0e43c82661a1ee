using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Grants;

namespace Renkei.Core.Data.Configurations;

internal sealed class GrantProjectConfiguration : IEntityTypeConfiguration<GrantProject>
{
    public void Configure(EntityTypeBuilder<GrantProject> builder)
    {
        builder.ToTable("grant_projects");
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Result).HasMaxLength(2000);
        builder.HasIndex(p => p.GrantId);
    }
}
