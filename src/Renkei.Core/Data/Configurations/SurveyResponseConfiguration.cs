using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Surveys;

namespace Renkei.Core.Data.Configurations;

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
        builder.Property(r => r.ApprovalComment).HasMaxLength(1000);
        builder.Property(r => r.Version).IsRowVersion();
        builder.Ignore(r => r.IsEditable);
    }
}
