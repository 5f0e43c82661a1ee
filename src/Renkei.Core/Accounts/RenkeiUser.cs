using Microsoft.AspNetCore.Identity;
using Renkei.Core.Organisations;

namespace Renkei.Core.Accounts;

/// <summary>A person using the portal. Belongs to exactly one organisation, which decides what they see.</summary>
public class RenkeiUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;

    /// <summary>決裁権者: may approve the organisation's survey answers before they are submitted (beside the one role).</summary>
    public bool IsApprover { get; set; }

    /// <summary>
    /// The language the person last chose in the portal (<see cref="Languages"/>; null until they choose): their mails and
    /// calendar feed are written in it, and it follows them to another browser when they sign in.
    /// </summary>
    public string? Language { get; set; }
}
