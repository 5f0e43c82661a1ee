namespace Renkei.Core.Arrangements;

/// <summary>Where an arrangement stands on a given day.</summary>
public enum ArrangementStatus
{
    /// <summary>In force.</summary>
    Active = 1,

    /// <summary>A 圏域 whose vision is not yet made (or an arrangement established after the day).</summary>
    InPreparation = 2,

    /// <summary>Dissolved before the day.</summary>
    Dissolved = 3,
}
