namespace Renkei.Core.Arrangements;

public sealed record ArrangementDocumentView(int Id, string Title, string Url);
