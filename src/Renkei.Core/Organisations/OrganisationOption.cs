namespace Renkei.Core.Organisations;

public sealed record OrganisationOption(int Id, string Name, OrganisationType Type, bool IsSecretariat)
{
    /// <summary>The options in the directory's order: by type, municipalities by code, the others by name.</summary>
    internal static IReadOnlyList<OrganisationOption> InDirectoryOrder(IEnumerable<Organisation> organisations) => organisations
        .OrderBy(o => o.Type).ThenBy(o => o is Municipality m ? m.Code.Value : o.Name, StringComparer.Ordinal)
        .Select(o => new OrganisationOption(o.Id, o.Name, o.Type, o is Department { IsSecretariat: true }))
        .ToList();
}
