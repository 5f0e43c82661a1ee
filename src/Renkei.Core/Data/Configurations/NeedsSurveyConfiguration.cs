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
