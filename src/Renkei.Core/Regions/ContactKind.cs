using Renkei.Core.Auditing;
using Renkei.Core.Data;

namespace Renkei.Core.Regions;

/// <summary>The kinds of regular contact the policy names (4(1)), and others.</summary>
public enum ContactKind
{
    /// <summary>市町村訪問.</summary>
    Visit = 1,

    /// <summary>副首長会議.</summary>
    DeputyMayorsMeeting = 2,

    /// <summary>企画担当課長会議.</summary>
    PlanningManagersMeeting = 3,

    /// <summary>担当者会議.</summary>
    StaffMeeting = 4,

    /// <summary>情報交換 (telephone, mail, an occasion).</summary>
    InformationExchange = 5,
}
