namespace Renkei.Core.Themes;

public sealed record BudgetNoteView(int FiscalYear, string Note);
