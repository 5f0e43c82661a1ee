namespace Renkei.Core.Surveys;

public sealed record NeedItemInput(
    int? CategoryId, string? Title, Urgency? Urgency, string? Form, string? Content, string? Issues,
    int[]? PartnerOrganisationIds = null, SurveySection? Section = null);

public sealed record NeedItemView(
    int Id, int CategoryId, SurveySection Section, string CategoryLabel, string Title, Urgency Urgency,
    string? Form, string? Content, string? Issues, int[] PartnerOrganisationIds, uint Version);

/// <summary>The window that applies to the respondent, as of today (Japan).</summary>
public sealed record ResponseWindowView(DateOnly OpensOn, DateOnly ClosesOn, DateOnly Today, bool SurveyOpen)
{
    public bool IsOpenToday => SurveyOpen && Today >= OpensOn && Today <= ClosesOn;
    public int DaysLeft => ClosesOn.DayNumber - Today.DayNumber;
}

public sealed record SurveyResponseView(
    int Id, int SurveyId, int FiscalYear, string SurveyTitle, int OrganisationId, string OrganisationName, RespondentGroup Group,
    ResponseStatus Status, bool NoNeeds, DateTimeOffset UpdatedAt, DateTimeOffset? SubmittedAt, string? ReturnReason, DateTimeOffset? ReturnedAt,
    ResponseWindowView Window, IReadOnlyList<NeedItemView> Items, uint Version)
{
    /// <summary>True while the organisation's staff may still change it.</summary>
    public bool IsEditable => Status != ResponseStatus.Submitted && Window.SurveyOpen;
}

/// <summary>What copying last year's answer did: items copied, of which filed under その他 because the label is gone.</summary>
public sealed record CopyResult(int FromFiscalYear, int Copied, int MappedToOther, int Skipped);
