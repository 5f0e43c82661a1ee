using Renkei.Core.Auditing;
using Renkei.Core.Organisations;

namespace Renkei.Core.Surveys;

/// <summary>One organisation's answer to one survey, edited together by its staff until submitted.</summary>
public class SurveyResponse : IAudited
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

    public List<NeedItem> Items { get; set; } = [];
    public uint Version { get; set; }

    public bool IsEditable => Status is ResponseStatus.Draft or ResponseStatus.Returned;
}

/// <summary>One need: the policy or operation that needs collaboration, and how.</summary>
public class NeedItem : IAudited
{
    public int Id { get; set; }
    public int ResponseId { get; set; }
    public SurveyResponse Response { get; set; } = null!;
    public int CategoryId { get; set; }
    public SurveyCategory Category { get; set; } = null!;

    /// <summary>連携が必要な施策・業務.</summary>
    public required string Title { get; set; }
    public Urgency Urgency { get; set; }

    /// <summary>想定される連携の形.</summary>
    public string? Form { get; set; }

    /// <summary>連携の内容.</summary>
    public string? Content { get; set; }

    /// <summary>課題.</summary>
    public string? Issues { get; set; }

    /// <summary>Municipalities or departments the respondent would like to work with.</summary>
    public int[] PartnerOrganisationIds { get; set; } = [];

    public int SortOrder { get; set; }
    public uint Version { get; set; }
}

public enum ResponseStatus
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,
}

/// <summary>The two columns of the seed's result table: municipalities, and prefectural departments with 総合支庁.</summary>
public enum RespondentGroup
{
    Municipal = 1,
    Prefectural = 2,
}

/// <summary>緊急性.</summary>
public enum Urgency
{
    High = 1,
    Medium = 2,
    Low = 3,
}

/// <summary>What the progress table shows for a respondent.</summary>
public enum ProgressState
{
    NotStarted = 1,
    InProgress = 2,
    Submitted = 3,
    Returned = 4,
}

public static class SurveyResponseNames
{
    public static string ToJapanese(this Urgency urgency) => urgency switch
    {
        Urgency.High => "高",
        Urgency.Medium => "中",
        Urgency.Low => "低",
        _ => throw new ArgumentOutOfRangeException(nameof(urgency)),
    };

    public static string ToJapanese(this ProgressState state) => state switch
    {
        ProgressState.NotStarted => "未着手",
        ProgressState.InProgress => "作成中",
        ProgressState.Submitted => "提出済",
        ProgressState.Returned => "差戻し",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public static string ToJapanese(this RespondentGroup group) => group switch
    {
        RespondentGroup.Municipal => "市町村",
        RespondentGroup.Prefectural => "県（部局・総合支庁）",
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };

    public static string ToJapanese(this SurveyStatus status) => status switch
    {
        SurveyStatus.Draft => "準備中",
        SurveyStatus.Open => "回答受付中",
        SurveyStatus.Closed => "締切済",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
