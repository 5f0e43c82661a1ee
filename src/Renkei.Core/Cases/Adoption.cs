using Renkei.Core.Auditing;
using Renkei.Core.Data;

namespace Renkei.Core.Cases;

/// <summary>横展開: a municipality (optionally through a theme) takes up a case, at a stage, with what it changed.</summary>
public class Adoption : IAudited, IVersioned
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public int OrganisationId { get; set; }
    public int? ThemeId { get; set; }
    public DateOnly On { get; set; }
    public AdoptionStage Stage { get; set; }

    /// <summary>Why it was given up (required for 断念).</summary>
    public string? Reason { get; set; }

    /// <summary>What the adopter changed to fit its situation.</summary>
    public string? Changes { get; set; }
    public uint Version { get; set; }
}
