namespace Renkei.Core.Council;

public enum AnnualCycleItemStatus
{
    Done = 1,
    Due = 2,
    Late = 3,
    Upcoming = 4,
}
