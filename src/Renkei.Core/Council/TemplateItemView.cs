namespace Renkei.Core.Council;

public sealed record TemplateItemView(int Id, string Title, BodyKind? Body, int? Number, int FromMonth, int UntilMonth, uint Version);
