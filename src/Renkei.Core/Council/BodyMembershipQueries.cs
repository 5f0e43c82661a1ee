namespace Renkei.Core.Council;

public static class BodyMembershipQueries
{
    /// <summary>The seats of a body on a day: the roster a meeting of that day had.</summary>
    public static IQueryable<BodyMembership> OnDay(this IQueryable<BodyMembership> memberships, int bodyId, DateOnly day) =>
        memberships.Where(m => m.BodyId == bodyId && m.From <= day && (m.Until == null || m.Until >= day));
}
