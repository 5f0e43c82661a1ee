using Renkei.Core.Auditing;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Themes;

namespace Renkei.Core.Cases;

/// <summary>
/// 事例: a collaboration that worked, written so that another municipality can repeat it (見える化 → 横展開).
/// Shown to others only once the secretariat has approved it, and then as far as its visibility allows.
/// </summary>
public class Case : IAudited, IVersioned
{
    public int Id { get; set; }
    public int PrefectureId { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }

    /// <summary>取組の内容.</summary>
    public string? Description { get; set; }

    /// <summary>必要な体制（人員）.</summary>
    public string? People { get; set; }

    /// <summary>事業費 in yen; empty when not entered.</summary>
    public long? BudgetYen { get; set; }
    public DateOnly? StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }

    /// <summary>横展開のポイント: what a newcomer needs to know to repeat it.</summary>
    public string? TransferNotes { get; set; }

    /// <summary>Fields: survey category labels and arrangement kinds of work.</summary>
    public string[] Fields { get; set; } = [];
    public CollaborationMethod[] Methods { get; set; } = [];

    /// <summary>The organisations that did it (their regions and population bands are the library's facets).</summary>
    public int[] OrganisationIds { get; set; } = [];

    /// <summary>The organisation that registered it; it submits it and may change it until approval.</summary>
    public int AuthorOrganisationId { get; set; }
    public CaseState State { get; set; } = CaseState.Draft;
    public Visibility Visibility { get; set; } = Visibility.Internal;
    public string? ReturnReason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }

    public int? ThemeId { get; set; }
    public int? ArrangementId { get; set; }

    /// <summary>The meeting where it was shown (the council's 「先進事例の紹介（見える化）」 item).</summary>
    public int? MeetingId { get; set; }

    public List<CaseResult> Results { get; set; } = [];
    public List<CaseSource> Sources { get; set; } = [];
    public List<Adoption> Adoptions { get; set; } = [];

    /// <summary>Title and texts in one stored column with one trigram index (the triage's substring search, one index scan).</summary>
    public string SearchText { get; private set; } = "";
    public uint Version { get; set; }
}
