using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Grants;

namespace Renkei.Core.Data.Configurations;

internal sealed class GrantProgramConfiguration : IEntityTypeConfiguration<GrantProgram>
{
    public void Configure(EntityTypeBuilder<GrantProgram> builder)
    {
        builder.ToTable("grant_programs");
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Scheme).HasMaxLength(200);
        builder.Property(p => p.Purpose).HasMaxLength(2000);
        builder.Property(p => p.EligibilityNotes).HasMaxLength(2000);
        builder.HasOne<Organisations.Prefecture>().WithMany().HasForeignKey(p => p.PrefectureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.PrefectureId, p.Name }).IsUnique();
        // The few comparison frameworks travel with the program and are never queried on their own.
        builder.OwnsMany(p => p.Benchmarks, b => b.ToJson());
        builder.HasMany(p => p.Areas).WithOne(a => a.Program).HasForeignKey(a => a.ProgramId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Version).IsRowVersion();
    }
}
