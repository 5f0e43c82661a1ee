namespace Renkei.Core.Regions;

public enum SupportRequestState
{
    Open = 1,
    Answered = 2,
}
