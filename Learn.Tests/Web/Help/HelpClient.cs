using System.Collections.Concurrent;
using System.Net;
using Learn.Core.Help;
using Learn.Web.Help;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Learn.Tests.Web.Help;

/// <summary>
/// A signed-in person on the help hub through the official .NET SignalR client, over long polling
/// against the test server (so the fallback where WebSockets are blocked is what gets tested).
/// Records everything the server pushes.
/// </summary>
public sealed class HelpClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly ConcurrentQueue<HelpMessageView> _messages = new();
    private readonly ConcurrentQueue<HelpRequestView> _changes = new();
    private readonly SemaphoreSlim _pushed = new(0);

    private HelpClient(HubConnection connection, string cookie)
    {
        Connection = connection;
        Cookie = cookie;
        connection.On<HelpMessageView>(nameof(IHelpClient.MessageReceived), m => Record(_messages, m));
        connection.On<HelpRequestView>(nameof(IHelpClient.RequestChanged), r => Record(_changes, r));
        connection.On<long, int, string>(nameof(IHelpClient.Typing), (_, _, _) => { });
        connection.On<long, long, int>(nameof(IHelpClient.MessagesRead), (_, _, _) => { });
        connection.On<int, bool>(nameof(IHelpClient.PresenceChanged), (_, _) => { });
    }

    public HubConnection Connection { get; }

    /// <summary>The auth cookie, to connect again later (as a phone does after losing signal).</summary>
    public string Cookie { get; }

    public IReadOnlyList<HelpMessageView> Messages => _messages.ToList();

    public IReadOnlyList<HelpRequestView> Changes => _changes.ToList();

    public static async Task<HelpClient> ConnectAsync(WebApplicationFactory<Program> app, string phone) =>
        await ConnectWithCookieAsync(app, await SignInCookieAsync(app, phone));

    public static async Task<HelpClient> ConnectWithCookieAsync(WebApplicationFactory<Program> app, string cookie)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, HelpHub.Path), o =>
            {
                o.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                o.Headers["Cookie"] = cookie;
            })
            .Build();
        var client = new HelpClient(connection, cookie);
        await StartAsync(connection);
        return client;
    }

    /// <summary>Over real HTTP to a node listening on a port (a province runs several).</summary>
    public static async Task<HelpClient> ConnectOverHttpAsync(Uri node, string cookie)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(node, HelpHub.Path), o =>
            {
                o.Transports = HttpTransportType.LongPolling;
                o.Headers["Cookie"] = cookie;
            })
            .Build();
        var client = new HelpClient(connection, cookie);
        await StartAsync(connection);
        return client;
    }

    /// <summary>
    /// Starts as help.js does: start, then one call. Start returns at the handshake, before the hub's OnConnectedAsync has put the
    /// connection in its person group; the hub runs calls only after that, so once a call is answered every push reaches it.
    /// </summary>
    private static async Task StartAsync(HubConnection connection)
    {
        await connection.StartAsync();
        await connection.InvokeAsync<HelpConversation?>("Join", 0L, 0L);
    }

    /// <summary>Signs in like a browser (antiforgery cookie and token) and returns the auth cookie.</summary>
    public static async Task<string> SignInCookieAsync(WebApplicationFactory<Program> app, string phone)
    {
        using var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        return await SignInCookieAsync(http, phone);
    }

    /// <summary>The same through any client that neither follows redirects nor keeps cookies.</summary>
    public static async Task<string> SignInCookieAsync(HttpClient http, string phone, string pin = LearnApplication.Pin)
    {
        var form = await http.GetAsync("/akun/masuk");
        var antiforgery = CookiesOf(form);
        var token = HttpClientExtensions.TokenOf(await form.Content.ReadAsStringAsync());
        using var post = new HttpRequestMessage(HttpMethod.Post, "/akun/masuk")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Phone"] = phone, ["Input.Pin"] = pin, ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        var signedIn = await http.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return CookiesOf(signedIn);
    }

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

    public Task<HelpResult<HelpRequestView>> AskAsync(string text, string? lessonId = null, string? clientId = null) =>
        Connection.InvokeAsync<HelpResult<HelpRequestView>>("Ask", clientId ?? NewId(), text, lessonId, null, null);

    public Task<HelpResult<HelpMessageView>> SendAsync(long requestId, string text, string? clientId = null) =>
        Connection.InvokeAsync<HelpResult<HelpMessageView>>("Send", requestId, clientId ?? NewId(), text);

    public Task<HelpConversation?> JoinAsync(long requestId, long afterId = 0) =>
        Connection.InvokeAsync<HelpConversation?>("Join", requestId, afterId);

    public Task<HelpResult<HelpRequestView>> InvokeAsync(string method, params object[] args) =>
        Connection.InvokeCoreAsync<HelpResult<HelpRequestView>>(method, args);

    public static string NewId() => Guid.NewGuid().ToString("N");

    /// <summary>Waits until a pushed message matches; fails (not hangs) if it never comes.</summary>
    public Task<HelpMessageView> NextMessageAsync(Func<HelpMessageView, bool> match) => WaitAsync(_messages, match);

    public Task<HelpRequestView> NextChangeAsync(Func<HelpRequestView, bool> match) => WaitAsync(_changes, match);

    private async Task<T> WaitAsync<T>(ConcurrentQueue<T> queue, Func<T, bool> match)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            if (queue.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            try
            {
                await _pushed.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Nothing matching arrived; received {queue.Count} {typeof(T).Name}(s).");
            }
        }
    }

    private void Record<T>(ConcurrentQueue<T> queue, T item)
    {
        queue.Enqueue(item);
        _pushed.Release();
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        _pushed.Dispose();
    }
}
