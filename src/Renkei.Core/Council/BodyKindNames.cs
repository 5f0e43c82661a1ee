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
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
