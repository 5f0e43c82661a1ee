namespace Renkei.Core.Themes;

/// <summary>連携手法.</summary>
public enum CollaborationMethod
{
    Advice = 1,
    StaffExchange = 2,
    Training = 3,
    SharedOperations = 4,
    WideAreaScheme = 5,
    BudgetAndRoles = 6,
    Council = 7,
    Grants = 8,
    StudyGroup = 9,
    Liaison = 10,
    Experts = 11,
    NationalSchemes = 12,
}
