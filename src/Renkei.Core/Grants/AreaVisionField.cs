using Renkei.Core.Auditing;
using Renkei.Core.Data;
using Renkei.Core.Organisations;

namespace Renkei.Core.Grants;

/// <summary>A field of the area's agreement or vision, with the projects it names (広域観光、特産品開発…).</summary>
public class AreaVisionField : IAudited
{
    public int Id { get; set; }
    public int AreaId { get; set; }
    public VisionField Field { get; set; }
    public string? Projects { get; set; }
}
