namespace Renkei.Core.Council;

public sealed record TemplateItemInput(string? Title, BodyKind? Body, int? Number, int FromMonth, int UntilMonth);
