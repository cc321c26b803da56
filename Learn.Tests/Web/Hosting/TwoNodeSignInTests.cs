using Learn.Core.Accounts;
using Learn.Tests.Core.Storage;
using Learn.Tests.Web.Accounts;

namespace Learn.Tests.Web.Hosting;

/// <summary>Sign-in limits behind a load balancer: an attacker's tries spread over two nodes count once.</summary>
public sealed class TwoNodeSignInTests : IRunsOnPostgreSql
{

    [StorageFact]
    public async Task SignInAttemptsFromOneAddressSpreadOverTwoNodesAtOnceShareOneRateLimit()
    {
        await using var province = await Province.StartAsync(settings: new Dictionary<string, string> { ["SignInRateLimit:PermitsPerMinute"] = "6" });
        var forms = new List<(HttpClient Client, string Cookie, string Token)>();
        for (var i = 0; i < 16; i++)
        {
            forms.Add(await FormAsync(Province.ClientOf(i % 2 == 0 ? province.A : province.B)));
        }

        // Sixteen numbers nobody has, so the per-number lockout stays out of it: only the rate limit answers 429.
        var answers = await BurstAsync(forms.Select((f, i) => (f, $"0819{i:D8}", "999999")), r => Task.FromResult(r.StatusCode));

        // Compared as counts per status, so a failure shows every answer (a 500 or a 400 is not a pass either).
        var counted = answers.GroupBy(a => a).OrderBy(g => g.Key).Select(g => $"{(int)g.Key}x{g.Count()}");
        Assert.Equal("200x6 429x10", string.Join(' ', counted));
        forms.ForEach(f => f.Client.Dispose());
    }

    [StorageFact]
    public async Task TwentyParallelWrongPinsSpreadOverTwoNodesCheckAtMostFiveAndTheRightPinIsThenRefusedOnBoth()
    {
        await using var province = await Province.StartAsync();
        var village = await province.A.AddVillageAsync("Dua Simpul");
        var learner = await province.A.AddAccountAsync(Role.Learner, village.Id, "Siti Aminah");
        var forms = new List<(HttpClient Client, string Cookie, string Token)>();
        for (var i = 0; i < 20; i++)
        {
            forms.Add(await FormAsync(Province.ClientOf(i % 2 == 0 ? province.A : province.B)));
        }

        var texts = await BurstAsync(forms.Select((f, i) => (f, learner.Phone, $"9{i:D5}")), SignInAnswer.OfAsync);

        Assert.All(texts, t => Assert.True(t is "wrong" or "locked", t));
        Assert.True(texts.Count(t => t == "wrong") <= 5, string.Join(", ", texts));
        foreach (var node in new[] { province.A, province.B })
        {
            using var client = Province.ClientOf(node);
            Assert.Equal("locked", await SignInAnswer.OfAsync(await PostAsync(await FormAsync(client), learner.Phone, LearnApplication.Pin)));
        }

        forms.ForEach(f => f.Client.Dispose());
    }

    /// <summary>The sign-in form of one node: its antiforgery cookie and token (showing the form is not an attempt).</summary>
    private static async Task<(HttpClient Client, string Cookie, string Token)> FormAsync(HttpClient client)
    {
        var form = await client.GetAsync("/akun/masuk");
        var cookie = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        return (client, cookie, HttpClientExtensions.TokenOf(await form.Content.ReadAsStringAsync()));
    }

    private static async Task<HttpResponseMessage> PostAsync((HttpClient Client, string Cookie, string Token) form, string phone, string pin)
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, "/akun/masuk")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Phone"] = phone, ["Input.Pin"] = pin, ["__RequestVerificationToken"] = form.Token,
            }),
        };
        post.Headers.Add("Cookie", form.Cookie);
        return await form.Client.SendAsync(post);
    }

    /// <summary>Every try at the same moment, each on its own node's form.</summary>
    private static async Task<T[]> BurstAsync<T>(IEnumerable<((HttpClient, string, string) Form, string Phone, string Pin)> tries, Func<HttpResponseMessage, Task<T>> answer)
    {
        using var start = new SemaphoreSlim(0);
        var burst = tries.Select(t => Task.Run(async () =>
        {
            await start.WaitAsync();
            return await answer(await PostAsync(t.Form, t.Phone, t.Pin));
        })).ToList();
        start.Release(burst.Count);
        return await Task.WhenAll(burst);
    }
}
