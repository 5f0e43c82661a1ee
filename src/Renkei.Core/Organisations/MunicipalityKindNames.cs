namespace Renkei.Core.Organisations;

public static class MunicipalityKindNames
{
    public static string ToJapanese(this MunicipalityKind kind) => kind switch
    {
        MunicipalityKind.City => "市",
        MunicipalityKind.Town => "町",
        MunicipalityKind.Village => "村",
        MunicipalityKind.Ward => "区",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static MunicipalityKind FromJapanese(string text) => text switch
    {
        "市" => MunicipalityKind.City,
        "町" => MunicipalityKind.Town,
        "村" => MunicipalityKind.Village,
        "区" => MunicipalityKind.Ward,
        _ => throw new FormatException($"団体区分「{text}」は 市・町・村・区 のいずれかです。"),
    };
}
