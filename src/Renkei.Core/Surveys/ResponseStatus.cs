namespace Renkei.Core.Surveys;

public enum ResponseStatus
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,
}
