using Renkei.Core.Auditing;
using Renkei.Core.Organisations;

namespace Renkei.Core.Surveys;

/// <summary>One organisation's answer to one survey, edited together by its staff until submitted.</summary>
public class SurveyResponse : IAudited, Data.IVersioned
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public NeedsSurvey Survey { get; set; } = null!;
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;

    /// <summary>Kept with the response so the summary groups without looking at the organisation.</summary>
    public RespondentGroup Group { get; set; }

    public ResponseStatus Status { get; set; } = ResponseStatus.Draft;

    /// <summary>「回答なし」: submitted on purpose with no items.</summary>
    public bool NoNeeds { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public Guid? SubmittedByUserId { get; set; }

    /// <summary>Why the secretariat sent it back (差戻し); kept after resubmission for the record.</summary>
    public string? ReturnReason { get; set; }
    public DateTimeOffset? ReturnedAt { get; set; }

    /// <summary>決裁: who asked for the organisation's approval and when (kept after submission for the record).</summary>
    public DateTimeOffset? ApprovalRequestedAt { get; set; }
    public Guid? ApprovalRequestedByUserId { get; set; }

    /// <summary>The approver who approved it (決裁済) and when; cleared when a new request is made.</summary>
    public DateTimeOffset? ApprovedAt { get; set; }
    public Guid? ApprovedByUserId { get; set; }

    /// <summary>What the approver wrote when sending it back within the organisation.</summary>
    public string? ApprovalComment { get; set; }

    public List<NeedItem> Items { get; set; } = [];
    public uint Version { get; set; }

    public bool IsEditable => Status is ResponseStatus.Draft or ResponseStatus.Returned;
}
