namespace Renkei.Core.Organisations;

/// <summary>県の部局: a division of a prefectural bureau. One of them is the council secretariat (市町村課).</summary>
public class Department : Organisation
{
    public override OrganisationType Type => OrganisationType.Department;

    /// <summary>部局 (e.g. 健康福祉部).</summary>
    public required string Bureau { get; set; }

    /// <summary>課 (e.g. 健康福祉企画課).</summary>
    public required string Division { get; set; }

    public bool IsSecretariat { get; set; }
}
