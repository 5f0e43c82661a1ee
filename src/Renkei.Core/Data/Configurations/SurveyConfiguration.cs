using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Surveys;

namespace Renkei.Core.Data.Configurations;

internal sealed class NeedsSurveyConfiguration : IEntityTypeConfiguration<NeedsSurvey>
{
    public void Configure(EntityTypeBuilder<NeedsSurvey> builder)
    {
        builder.ToTable("needs_surveys");
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.HasOne(s => s.Prefecture).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.PrefectureId, s.FiscalYear }).IsUnique();
        builder.Property(s => s.Version).IsRowVersion();
    }
}

internal sealed class SurveyCategoryConfiguration : IEntityTypeConfiguration<SurveyCategory>
{
    public void Configure(EntityTypeBuilder<SurveyCategory> builder)
    {
        builder.ToTable("survey_categories");
        builder.Property(c => c.Label).HasMaxLength(200);
        builder.HasOne(c => c.Survey).WithMany(s => s.Categories).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.SurveyId, c.Section, c.Label }).IsUnique();
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.ToTable("survey_responses");
        builder.HasOne(r => r.Survey).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.SurveyId, r.OrganisationId }).IsUnique();
        builder.HasIndex(r => new { r.SurveyId, r.Status, r.Group });
        builder.Property(r => r.ReturnReason).HasMaxLength(1000);
        builder.Property(r => r.Version).IsRowVersion();
        builder.Ignore(r => r.IsEditable);
    }
}

internal sealed class NeedItemConfiguration : IEntityTypeConfiguration<NeedItem>
{
    public void Configure(EntityTypeBuilder<NeedItem> builder)
    {
        builder.ToTable("need_items");
        builder.HasOne(i => i.Response).WithMany(r => r.Items).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Category).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.ResponseId, i.CategoryId });
        builder.Property(i => i.Title).HasMaxLength(200);
        builder.Property(i => i.Form).HasMaxLength(4000);
        builder.Property(i => i.Content).HasMaxLength(4000);
        builder.Property(i => i.Issues).HasMaxLength(4000);
        builder.Property(i => i.Version).IsRowVersion();
        builder.HasIndex(i => i.Title).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_need_items_title_trgm");
        builder.HasIndex(i => i.Content).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_need_items_content_trgm");
    }
}
