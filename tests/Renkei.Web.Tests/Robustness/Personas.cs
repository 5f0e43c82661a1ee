using Renkei.Testing;

namespace Renkei.Web.Tests.Robustness;

/// <summary>Anonymous and the eight demo personas, in the order the generated tests call them (least privileged first; the deployment's administrator last).</summary>
public static class Personas
{
    public const string Anonymous = "anonymous";

    public static readonly IReadOnlyList<(string Name, string? Email)> All =
    [
        (Anonymous, null),
        ("yamagata-city", DemoAccounts.YamagataCity),
        ("tsuruoka-city", DemoAccounts.TsuruokaCity),
        ("murayama-support", DemoAccounts.MurayamaSupport),
        ("shonai-support", DemoAccounts.ShonaiSupport),
        ("kenko-fukushi", DemoAccounts.KenkoFukushi),
        ("admin", DemoAccounts.Admin),
        ("secretariat", DemoAccounts.Secretariat),
        ("operator", DemoAccounts.Operator),
    ];
}
