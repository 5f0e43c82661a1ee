using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Council;

namespace Renkei.Core.Data.Configurations;

internal sealed class CouncilBodyConfiguration : IEntityTypeConfiguration<CouncilBody>
{
    public void Configure(EntityTypeBuilder<CouncilBody> builder)
    {
        builder.ToTable("council_bodies");
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.Property(b => b.ChairPost).HasMaxLength(200);
        builder.HasOne<Organisations.Prefecture>().WithMany().HasForeignKey(b => b.PrefectureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Themes.CollaborationTheme>().WithMany().HasForeignKey(b => b.ThemeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(b => b.Memberships).WithOne().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(b => b.Version).IsRowVersion();
    }
}

internal sealed class BodyMembershipConfiguration : IEntityTypeConfiguration<BodyMembership>
{
    public void Configure(EntityTypeBuilder<BodyMembership> builder)
    {
        builder.ToTable("body_memberships");
        builder.Property(m => m.Post).HasMaxLength(200);
        builder.HasOne(m => m.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.BodyId, m.OrganisationId, m.From });
    }
}

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

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("meetings");
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Place).HasMaxLength(200);
        builder.HasOne(m => m.Body).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.PrefectureId, m.FiscalYear });
        builder.Property(m => m.Version).IsRowVersion();
    }
}

internal sealed class CycleMilestoneConfiguration : IEntityTypeConfiguration<CycleMilestone>
{
    public void Configure(EntityTypeBuilder<CycleMilestone> builder)
    {
        builder.ToTable("cycle_milestones");
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.HasIndex(m => new { m.PrefectureId, m.FiscalYear });
        builder.Property(m => m.Version).IsRowVersion();
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.ToTable("agenda_items");
        builder.Property(i => i.Title).HasMaxLength(200);
        builder.Property(i => i.MinutesNote).HasMaxLength(4000);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(i => i.PresenterOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.MeetingId, i.SortOrder });
        builder.Property(i => i.Version).IsRowVersion();
    }
}

internal sealed class WrittenAnswerConfiguration : IEntityTypeConfiguration<WrittenAnswer>
{
    public void Configure(EntityTypeBuilder<WrittenAnswer> builder)
    {
        builder.ToTable("written_answers");
        builder.Property(a => a.Comment).HasMaxLength(4000);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.MeetingId, a.OrganisationId }).IsUnique();
    }
}

internal sealed class MeetingMaterialConfiguration : IEntityTypeConfiguration<MeetingMaterial>
{
    public void Configure(EntityTypeBuilder<MeetingMaterial> builder)
    {
        builder.ToTable("meeting_materials");
        builder.Property(m => m.FileName).HasMaxLength(200);
        builder.Property(m => m.ContentType).HasMaxLength(200);
        builder.Property(m => m.StorageKey).HasMaxLength(64);
        builder.HasIndex(m => m.StorageKey).IsUnique();
        builder.HasOne<Meeting>().WithMany().HasForeignKey(m => m.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AgendaItem>().WithMany().HasForeignKey(m => m.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MaterialBlobConfiguration : IEntityTypeConfiguration<MaterialBlob>
{
    public void Configure(EntityTypeBuilder<MaterialBlob> builder)
    {
        builder.ToTable("material_blobs");
        builder.HasKey(b => b.Key);
        builder.Property(b => b.Key).HasMaxLength(64);
    }
}

internal sealed class MeetingAttendanceConfiguration : IEntityTypeConfiguration<MeetingAttendance>
{
    public void Configure(EntityTypeBuilder<MeetingAttendance> builder)
    {
        builder.ToTable("meeting_attendances");
        builder.Property(a => a.Note).HasMaxLength(200);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<BodyMembership>().WithMany().HasForeignKey(a => a.MembershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.MeetingId, a.MembershipId }).IsUnique();
    }
}

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
