namespace Renkei.Core.Organisations;

/// <summary>市 / 町 / 村 / 特別区.</summary>
public enum MunicipalityKind
{
    City = 1,
    Town = 2,
    Village = 3,
    Ward = 4,
}
