using Renkei.Core.Auditing;
using Renkei.Core.Data;

namespace Renkei.Core.Regions;

/// <summary>Something to do after a contact, by whom and by when; done on a day.</summary>
public class FollowUp : IAudited
{
    public int Id { get; set; }
    public int EntryId { get; set; }
    public required string Task { get; set; }
    public required string Owner { get; set; }
    public DateOnly? DueOn { get; set; }
    public DateOnly? DoneOn { get; set; }
}
