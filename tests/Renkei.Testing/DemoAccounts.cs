namespace Renkei.Testing;

/// <summary>The seven demo personas (all with <see cref="Password"/>).</summary>
public static class DemoAccounts
{
    public const string Password = Core.Data.Seed.DemoDataSeeder.Password;
    public const string Admin = "admin@renkei.example";
    public const string Secretariat = "secretariat@renkei.example";
    public const string YamagataCity = "yamagata-city@renkei.example";
    public const string TsuruokaCity = "tsuruoka-city@renkei.example";
    public const string KaminoyamaCity = "kaminoyama-city@renkei.example";
    public const string MurayamaSupport = "murayama-support@renkei.example";
    public const string ShonaiSupport = "shonai-support@renkei.example";
    public const string KenkoFukushi = "kenko-fukushi@renkei.example";
}
