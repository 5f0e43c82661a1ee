using Renkei.Core.Auditing;
using Renkei.Core.Data;
using Renkei.Core.Organisations;

namespace Renkei.Core.Grants;

/// <summary>事務局市町村 of a fiscal year; a project run in turns (持ち回り) says so in its note.</summary>
public class AreaSecretariat : IAudited
{
    public int Id { get; set; }
    public int AreaId { get; set; }
    public int FiscalYear { get; set; }
    public int MunicipalityId { get; set; }
    public string? Note { get; set; }
}
