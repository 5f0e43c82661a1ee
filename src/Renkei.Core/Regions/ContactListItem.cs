namespace Renkei.Core.Regions;

public sealed record ContactListItem(int Id, DateOnly On, ContactKind Kind, IReadOnlyList<string> Municipalities, string Topics, int OpenFollowUps);
