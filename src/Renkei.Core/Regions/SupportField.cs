namespace Renkei.Core.Regions;

/// <summary>The specialist fields a 連携支援サポートチーム member covers (専門的・技術的分野; the policy names 土木, 建築, 農林, 保健 among them).</summary>
public enum SupportField
{
    CivilEngineering = 1,
    Building = 2,
    AgricultureForestry = 3,
    Health = 4,
    Welfare = 5,
    Environment = 6,
    Industry = 7,
    Other = 99,
}
