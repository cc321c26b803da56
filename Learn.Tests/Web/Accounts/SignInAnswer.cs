using System.Net;

namespace Learn.Tests.Web.Accounts;

/// <summary>What a sign-in post told the person, in one word: "signed in", "locked", "wrong", or the status code otherwise.</summary>
public static class SignInAnswer
{
    public const string WrongText = "Nomor HP atau PIN salah";
    public const string LockedText = "Akun dikunci sementara";

    public static async Task<string> OfAsync(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return "signed in";
        }

        var html = await response.Content.ReadAsStringAsync();
        return html.Contains(LockedText, StringComparison.Ordinal) ? "locked"
            : html.Contains(WrongText, StringComparison.Ordinal) ? "wrong"
            : $"{(int)response.StatusCode}";
    }
}
