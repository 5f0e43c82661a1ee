namespace Renkei.Core.Arrangements;

/// <summary>One kind of work on the day: the arrangements in force that handle it and their member municipalities (延べ).</summary>
public sealed record KindSummaryRow(string Kind, int Arrangements, int MemberMunicipalities);
