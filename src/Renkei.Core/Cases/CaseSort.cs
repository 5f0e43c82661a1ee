namespace Renkei.Core.Cases;

public enum CaseSort
{
    Newest = 1,
    MostAdopted = 2,
}
