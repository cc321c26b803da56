using System.Net;
using System.Text;
using Learn.Core.Accounts;
using Learn.Tests.TestHost;
using Learn.Web.Help;
using Microsoft.AspNetCore.Hosting;

namespace Learn.Tests.Web.Accounts;

/// <summary>The small holes: unreadable JSON, the hub without a cookie, and cookies and client addresses behind a proxy.</summary>
public sealed class EdgeHardeningTests
{
    /// <summary>The app as a developer runs it, where minimal APIs used to throw on a bad body.</summary>
    private sealed class DevelopmentApplication : LearnApplication
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
        }
    }

    [Fact]
    public async Task MalformedJsonToSyncIsA400ProblemEvenInDevelopment()
    {
        using var app = new DevelopmentApplication();
        var village = await app.AddVillageAsync("Json");
        var learner = await app.AddAccountAsync(Role.Learner, village.Id);
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(learner.Phone);

        var response = await client.PostAsync("/api/v1/sync", new StringContent("{\"items\": [", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnAnonymousHubNegotiateGets401NotARedirect()
    {
        using var app = LearnTestHost.Sqlite.Build();
        var client = app.CreateBrowserLikeClient();

        var response = await client.PostAsync(HelpHub.Path + "/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task BehindATrustedProxyCookiesAreSecureAndTheSignInLimitCountsEachRealClient()
    {
        using var app = LearnTestHost.Sqlite
            .With("Proxy:TrustedProxies:0", "10.0.0.5")
            .With("SignInRateLimit:PermitsPerMinute", "3")
            .Build();
        var village = await app.AddVillageAsync("Proksi");
        var learner = await app.AddAccountAsync(Role.Learner, village.Id);

        var (form, signedIn) = await SignInViaProxyAsync(app, "203.0.113.10", learner.Phone, LearnApplication.Pin);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.All(form.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        var auth = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("learn.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await SignInViaProxyAsync(app, "203.0.113.20", "081299999999", "999999")).SignIn.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        // Another villager behind the same proxy is not held back by the first one's tries.
        Assert.Equal(HttpStatusCode.OK, (await SignInViaProxyAsync(app, "203.0.113.21", "081299999998", "999999")).SignIn.StatusCode);
    }

    /// <summary>
    /// A browser on HTTPS behind the proxy: the proxy talks plain HTTP to the app, so cookies are carried by
    /// hand (a cookie jar would hold Secure cookies back from an http:// test address).
    /// </summary>
    private static async Task<(HttpResponseMessage Form, HttpResponseMessage SignIn)> SignInViaProxyAsync(
        LearnApplication app, string forwardedFor, string phone, string pin)
    {
        using var http = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = false,
        });
        http.DefaultRequestHeaders.Add(RemoteAddressFromTestHeader.Header, "10.0.0.5");
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        var form = await http.GetAsync("/akun/masuk");
        var cookies = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        using var post = new HttpRequestMessage(HttpMethod.Post, "/akun/masuk")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Phone"] = phone, ["Input.Pin"] = pin,
                ["__RequestVerificationToken"] = HttpClientExtensions.TokenOf(await form.Content.ReadAsStringAsync()),
            }),
        };
        post.Headers.Add("Cookie", cookies);
        return (form, await http.SendAsync(post));
    }

    [Fact]
    public async Task ForwardedHeadersFromAnUntrustedPeerAreIgnored()
    {
        using var app = LearnTestHost.Sqlite.With("Proxy:TrustedProxies:0", "10.0.0.5").Build();
        var village = await app.AddVillageAsync("Palsu");
        var learner = await app.AddAccountAsync(Role.Learner, village.Id);
        var client = app.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.Add(RemoteAddressFromTestHeader.Header, "198.51.100.66");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var signedIn = await client.SignInAsync(learner.Phone);

        var auth = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("learn.auth=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", auth, StringComparison.OrdinalIgnoreCase);
    }
}
