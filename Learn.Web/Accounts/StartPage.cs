using Learn.Core.Accounts;

namespace Learn.Web.Accounts;

/// <summary>Where each role starts after signing in: the page they work from, not the learner's home.</summary>
public static class StartPage
{
    public static string For(Role role) => role switch
    {
        Role.Kader => "/kader/peserta",
        Role.Facilitator or Role.Admin => "/fasilitator",
        _ => "/",
    };
}
