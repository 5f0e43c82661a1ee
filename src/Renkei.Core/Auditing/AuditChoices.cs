namespace Renkei.Core.Auditing;

/// <summary>What the audit page's filters offer: the prefecture's users and organisations, the kinds and actions on record.</summary>
public sealed record AuditChoices(
    IReadOnlyList<(Guid Id, string Name)> Users, IReadOnlyList<(int Id, string Name)> Organisations, IReadOnlyList<string> EntityTypes, IReadOnlyList<string> Actions);
