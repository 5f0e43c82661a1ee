using Microsoft.AspNetCore.Identity;
using Renkei.Core.Organisations;

namespace Renkei.Core.Accounts;

/// <summary>A person using the portal. Belongs to exactly one organisation, which decides what they see.</summary>
public class RenkeiUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
}
