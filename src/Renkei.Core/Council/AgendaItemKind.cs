namespace Renkei.Core.Council;

/// <summary>What an agenda item is for.</summary>
public enum AgendaItemKind
{
    /// <summary>協議: the body decides.</summary>
    Deliberation = 1,

    /// <summary>報告.</summary>
    Report = 2,

    /// <summary>事例紹介（見える化）.</summary>
    CaseShowcase = 3,

    /// <summary>意見交換.</summary>
    Exchange = 4,
}
