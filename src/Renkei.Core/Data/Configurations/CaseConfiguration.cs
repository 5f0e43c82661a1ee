using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Cases;

namespace Renkei.Core.Data.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("cases");
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Summary).HasMaxLength(1000);
        builder.Property(c => c.Description).HasMaxLength(8000);
        builder.Property(c => c.People).HasMaxLength(1000);
        builder.Property(c => c.TransferNotes).HasMaxLength(4000);
        builder.Property(c => c.ReturnReason).HasMaxLength(1000);
        builder.HasOne<Organisations.Prefecture>().WithMany().HasForeignKey(c => c.PrefectureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(c => c.AuthorOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Themes.CollaborationTheme>().WithMany().HasForeignKey(c => c.ThemeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Arrangements.Arrangement>().WithMany().HasForeignKey(c => c.ArrangementId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Council.Meeting>().WithMany().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(c => c.Results).WithOne().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Sources).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Adoptions).WithOne().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.PrefectureId, c.State });
        builder.Property(c => c.SearchText)
            .HasComputedColumnSql("title || ' ' || summary || ' ' || coalesce(description, '') || ' ' || coalesce(transfer_notes, '')", stored: true);
        builder.HasIndex(c => c.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_cases_search_text_trgm");
        builder.Property(c => c.Version).IsRowVersion();
    }
}
