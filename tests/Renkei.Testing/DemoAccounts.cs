namespace Renkei.Testing;

/// <summary>
/// The demo accounts (all with <see cref="Password"/>); the authorization matrix calls seven of them (上山市 is a second municipality for the
/// case journeys, 山形市's approver a second account of 山形市 for its 決裁).
/// </summary>
public static class DemoAccounts
{
    public const string Password = Core.Data.Seed.DemoDataSeeder.Password;
    public const string Admin = "admin@renkei.example";

    /// <summary>The deployment's administrator: 山形県's administrator who also adds prefectures.</summary>
    public const string Operator = "operator@renkei.example";

    public const string Secretariat = "secretariat@renkei.example";
    public const string YamagataCity = "yamagata-city@renkei.example";
    public const string TsuruokaCity = "tsuruoka-city@renkei.example";
    public const string KaminoyamaCity = "kaminoyama-city@renkei.example";
    public const string YamagataApprover = Core.Data.Seed.DemoDataSeeder.ApproverEmail;
    public const string MurayamaSupport = "murayama-support@renkei.example";
    public const string ShonaiSupport = "shonai-support@renkei.example";
    public const string KenkoFukushi = "kenko-fukushi@renkei.example";

    /// <summary>北海道, the second tenant: the secretariat of its 市町村連携地域モデル事業 and a municipality of 遠軽地区.</summary>
    public const string HokkaidoSecretariat = "hokkaido-secretariat@renkei.example";
    public const string EngaruTown = "engaru-town@renkei.example";
}
