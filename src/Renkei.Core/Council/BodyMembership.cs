using Renkei.Core.Auditing;
using Renkei.Core.Organisations;

namespace Renkei.Core.Council;

/// <summary>
/// An organisation's seat on a body and the post that attends, from the day it joined until the day it left:
/// a past meeting keeps the roster of its date.
/// </summary>
public class BodyMembership : IAudited
{
    public int Id { get; set; }
    public int BodyId { get; set; }
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
    public required string Post { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? Until { get; set; }

    public bool IsMemberOn(DateOnly day) => From <= day && (Until is null || day <= Until);
}
