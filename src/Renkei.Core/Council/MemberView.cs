namespace Renkei.Core.Council;

public sealed record MemberView(int MembershipId, int OrganisationId, string OrganisationName, string Post, DateOnly From, DateOnly? Until);
