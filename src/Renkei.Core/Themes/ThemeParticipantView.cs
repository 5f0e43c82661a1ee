namespace Renkei.Core.Themes;

public sealed record ThemeParticipantView(int Id, string Name, string Region);
