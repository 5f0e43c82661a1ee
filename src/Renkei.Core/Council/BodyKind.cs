namespace Renkei.Core.Council;

public enum BodyKind
{
    /// <summary>県・市町村連携推進会議 (chair 企画振興部次長, members 別表1).</summary>
    Council = 1,

    /// <summary>幹事会 (chair 市町村課長, members 別表2); meets before each council meeting.</summary>
    SteeringCommittee = 2,

    /// <summary>ワーキングチーム, set up as needed for a theme.</summary>
    WorkingTeam = 3,

    /// <summary>市町村長会議.</summary>
    MayorsMeeting = 4,

    /// <summary>県・市町村行政懇談会.</summary>
    AdministrativeRoundtable = 5,

    /// <summary>副首長会議 of a region, run by its 連携支援室.</summary>
    DeputyMayorsMeeting = 6,

    /// <summary>企画担当課長会議 of a region, run by its 連携支援室.</summary>
    PlanningManagersMeeting = 7,

    /// <summary>担当者会議 of a region, run by its 連携支援室.</summary>
    StaffMeeting = 8,

    /// <summary>Another regional meeting the 連携支援室 sets up.</summary>
    OtherRegional = 9,
}
