using Renkei.Core.Auditing;
using Renkei.Core.Organisations;

namespace Renkei.Core.Surveys;

/// <summary>連携課題・ニーズ調査: one per prefecture and fiscal year, with separate response windows.</summary>
public class NeedsSurvey : IAudited, Data.IVersioned
{
    public int Id { get; set; }
    public int PrefectureId { get; set; }
    public Prefecture Prefecture { get; set; } = null!;
    public int FiscalYear { get; set; }
    public required string Title { get; set; }

    /// <summary>Window for municipalities (H29: 5/29–6/23).</summary>
    public DateOnly MunicipalOpensOn { get; set; }
    public DateOnly MunicipalClosesOn { get; set; }

    /// <summary>Window for prefectural departments and 連携支援室 (H29: 6/7–6/23).</summary>
    public DateOnly DepartmentOpensOn { get; set; }
    public DateOnly DepartmentClosesOn { get; set; }

    public SurveyStatus Status { get; set; } = SurveyStatus.Draft;

    /// <summary>When the secretariat last sent reminders (督促).</summary>
    public DateTimeOffset? LastReminderSentAt { get; set; }
    public List<SurveyCategory> Categories { get; set; } = [];
    public uint Version { get; set; }

    /// <summary>The response window of a respondent group.</summary>
    public (DateOnly OpensOn, DateOnly ClosesOn) WindowFor(RespondentGroup group) => group == RespondentGroup.Municipal
        ? (MunicipalOpensOn, MunicipalClosesOn)
        : (DepartmentOpensOn, DepartmentClosesOn);
}
