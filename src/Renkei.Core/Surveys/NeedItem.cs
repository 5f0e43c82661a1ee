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

    /// <summary>Who may read it beyond its organisation and the secretariat (SurveyAccess.ItemVisible): 庁内 by default.</summary>
    public Common.Visibility Visibility { get; set; } = Common.Visibility.Internal;

    /// <summary>聞き取り: the 連携支援室 that entered this need on the municipality's behalf from a visit, and that visit.</summary>
    public int? HeardByOrganisationId { get; set; }
    public Organisation? HeardBy { get; set; }
    public int? HeardInContactId { get; set; }

    /// <summary>When the municipality confirmed a heard need as its own; it cannot submit before.</summary>
    public DateTimeOffset? ConfirmedAt { get; set; }
    public Guid? ConfirmedByUserId { get; set; }

    /// <summary>Title, form, content and issues in one stored column with one trigram index: the triage's and the search's substring match is one index scan.</summary>
    public string SearchText { get; private set; } = "";
    public uint Version { get; set; }

    public bool AwaitsConfirmation => HeardByOrganisationId is not null && ConfirmedAt is null;
}
