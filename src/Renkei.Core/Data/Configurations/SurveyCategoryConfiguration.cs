using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Renkei.Core.Surveys;

namespace Renkei.Core.Data.Configurations;

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
