using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Organisations;

namespace Renkei.Core.Data.Configurations;

/// <summary>All organisation kinds share one table (TPH) told apart by <c>organisation_type</c>.</summary>
internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.HasDiscriminator<OrganisationType>("organisation_type")
            .HasValue<Municipality>(OrganisationType.Municipality)
            .HasValue<Department>(OrganisationType.Department)
            .HasValue<BranchOffice>(OrganisationType.BranchOffice)
            .HasValue<SupportOffice>(OrganisationType.SupportOffice);
        builder.Property(o => o.Name).HasMaxLength(100);
        builder.HasOne(o => o.Prefecture).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.PrefectureId, o.Name }).IsUnique();
        builder.Property(o => o.Version).IsRowVersion();
    }
}

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.Property(m => m.Region).HasMaxLength(20);
        builder.HasIndex(m => m.Code).IsUnique();
        builder.HasOne(m => m.BranchOffice).WithMany(b => b.Municipalities).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.SupportOffice).WithMany(s => s.Jurisdiction).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsOne(m => m.Contact, contact =>
        {
            contact.Property(c => c.Division).HasMaxLength(100);
            contact.Property(c => c.Phone).HasMaxLength(30);
            contact.Property(c => c.Email).HasMaxLength(254);
            // Shares the owner's xmin, so a contact edit is checked for conflicts like any other.
            contact.Property<uint>("Version").HasColumnName("xmin").IsRowVersion();
        });
        builder.Navigation(m => m.Contact).IsRequired();
    }
}

internal sealed class SupportOfficeConfiguration : IEntityTypeConfiguration<SupportOffice>
{
    public void Configure(EntityTypeBuilder<SupportOffice> builder) =>
        builder.HasOne(s => s.BranchOffice).WithMany(b => b.SupportOffices).OnDelete(DeleteBehavior.Restrict);
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.Property(d => d.Bureau).HasMaxLength(50);
        builder.Property(d => d.Division).HasMaxLength(50);
    }
}
