namespace Renkei.Core.Council;

public static class BodyKindNames
{
    public static string ToJapanese(this BodyKind kind) => kind switch
    {
        BodyKind.Council => "県・市町村連携推進会議",
        BodyKind.SteeringCommittee => "幹事会",
        BodyKind.WorkingTeam => "ワーキングチーム",
        BodyKind.MayorsMeeting => "市町村長会議",
        BodyKind.AdministrativeRoundtable => "県・市町村行政懇談会",
        BodyKind.DeputyMayorsMeeting => "副首長会議",
        BodyKind.PlanningManagersMeeting => "企画担当課長会議",
        BodyKind.StaffMeeting => "担当者会議",
        BodyKind.OtherRegional => "地域の会議",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The prefecture-wide kinds the secretariat sets up, one of each (設置要綱; the schedule template names them).</summary>
    public static bool IsPrefectural(this BodyKind kind) => kind is BodyKind.Council or BodyKind.SteeringCommittee or BodyKind.MayorsMeeting or BodyKind.AdministrativeRoundtable;

    /// <summary>The kinds a 連携支援室 sets up for its region (policy 4(1)).</summary>
    public static bool IsRegional(this BodyKind kind) => kind is BodyKind.DeputyMayorsMeeting or BodyKind.PlanningManagersMeeting or BodyKind.StaffMeeting or BodyKind.OtherRegional;

    /// <summary>The post a municipality of the region sits in, by kind (the policy names the meetings by who attends).</summary>
    public static string MunicipalPost(this BodyKind kind) => kind switch
    {
        BodyKind.DeputyMayorsMeeting => "副市町村長",
        BodyKind.PlanningManagersMeeting => "企画担当課長",
        _ => "企画担当者",
    };
}
