using Renkei.Core.Auditing;
using Renkei.Core.Organisations;

namespace Renkei.Core.Surveys;

/// <summary>One need: the policy or operation that needs collaboration, and how.</summary>
public class NeedItem : IAudited, Data.IVersioned
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
