using Learn.Core.Accounts;
using Learn.Core.Help;
using Learn.Web.Accounts;
using Microsoft.AspNetCore.SignalR;

namespace Learn.Web.Help;

/// <summary>
/// Live help. Thin: every method goes through <see cref="HelpService"/>, which checks that the
/// caller may see the request (someone else's id answers "not found") and stores before it pushes.
/// Only signed-in people connect: the endpoint requires it (see <c>MapLearnHelp</c>), checked once when the connection
/// opens; a connection's user never changes, and <see cref="SessionHubFilter"/> checks on every call that the session
/// still stands. (An [Authorize] on the hub would evaluate the policy again on every call.)
/// </summary>
public sealed class HelpHub(HelpService help, IHelpPresence presence, AccessPolicy access, HelpCaller caller) : Hub<IHelpClient>
{
    public const string Path = "/hubs/help";

    private Actor Actor => Context.User!.RequireActor();

    /// <summary>
    /// Each connection joins its person's group (what the notifier sends to: one lookup, where sending to a user looks at every connection).
    /// Helpers also join their villages' staff groups, so presence goes to colleagues only, not to every learner.
    /// </summary>
    public override async Task OnConnectedAsync()
    {
        var actor = Actor;
        await Groups.AddToGroupAsync(Context.ConnectionId, PersonGroup(actor.Id));
        await help.ConnectedAsync(actor, Context.ConnectionAborted);
        var online = await presence.ConnectedAsync(actor.Id);
        if (actor.Role != Role.Learner)
        {
            var groups = await StaffGroupsAsync(actor);
            foreach (var group in groups)
            {
                await Groups.AddToGroupAsync(Context.ConnectionId, group);
            }

            if (online)
            {
                await Clients.Groups(groups).PresenceChanged(actor.Id, true);
            }
        }

        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        var actor = Actor;
        if (await presence.DisconnectedAsync(actor.Id) && actor.Role != Role.Learner)
        {
            await Clients.Groups(await StaffGroupsAsync(actor)).PresenceChanged(actor.Id, false);
        }

        await base.OnDisconnectedAsync(exception);
    }

    public Task<HelpResult<HelpRequestView>> Ask(string clientId, string text, string? lessonId, string? sectionId, string? questionId) =>
        Run(() => help.AskAsync(Actor, new HelpContext(lessonId, sectionId, questionId), clientId, text, Context.ConnectionAborted));

    public Task<HelpResult<HelpMessageView>> Send(long requestId, string clientId, string text)
    {
        // The answer carries the message, so this connection is not pushed a second copy (Ask's answer is the request only).
        caller.ConnectionId = Context.ConnectionId;
        return Run(() => help.PostAsync(Actor, requestId, clientId, text, Context.ConnectionAborted));
    }

    /// <summary>The request and every message after <paramref name="afterId"/>: what a (re)connecting client missed. Null when not theirs.</summary>
    public Task<HelpConversation?> Join(long requestId, long afterId) =>
        help.GetConversationAsync(Actor, requestId, afterId, Context.ConnectionAborted);

    public async Task Typing(long requestId)
    {
        if (await help.OthersInAsync(Actor, requestId, Context.ConnectionAborted) is { Count: > 0 } others)
        {
            await Clients.Groups(others.Select(PersonGroup).ToList()).Typing(requestId, Actor.Id, Context.User!.Identity?.Name ?? string.Empty);
        }
    }

    public Task<HelpResult<HelpRequestView>> MarkRead(long requestId, long upToId) =>
        Run(async () =>
        {
            await help.MarkReadAsync(Actor, requestId, upToId, Context.ConnectionAborted);
            return (await help.GetConversationAsync(Actor, requestId, long.MaxValue, Context.ConnectionAborted))!.Request;
        });

    /// <summary>
    /// The console's stamp now (null for a learner). A console page compares it with the one it was rendered with once its connection
    /// has joined: a change pushed before that, or while the connection was away, reached no one.
    /// </summary>
    public Task<string?> ConsoleStamp() => help.ConsoleStampAsync(Actor, Context.ConnectionAborted);

    public Task<HelpResult<HelpRequestView>> Take(long requestId) =>
        Run(() => help.TakeAsync(Actor, requestId, Context.ConnectionAborted));

    public Task<HelpResult<HelpRequestView>> Transfer(long requestId, int toId) =>
        Run(() => help.TransferAsync(Actor, requestId, toId, Context.ConnectionAborted));

    public Task<HelpResult<HelpRequestView>> HandBack(long requestId) =>
        Run(() => help.HandBackAsync(Actor, requestId, Context.ConnectionAborted));

    public Task<HelpResult<HelpRequestView>> Resolve(long requestId, HelpOutcome outcome) =>
        Run(() => help.ResolveAsync(Actor, requestId, outcome, Context.ConnectionAborted));

    public Task<HelpResult<HelpRequestView>> Rate(long requestId, int stars) =>
        Run(() => help.RateAsync(Actor, requestId, stars, Context.ConnectionAborted));

    private async Task<IReadOnlyList<string>> StaffGroupsAsync(Actor actor) =>
        await access.VisibleVillageIdsAsync(actor) is { } villages
            ? villages.Select(v => "staff-village-" + v.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList()
            : ["staff-all"];

    /// <summary>The group of all of one person's connections (tabs and devices).</summary>
    internal static string PersonGroup(int accountId) => "person-" + accountId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A broken rule becomes a <see cref="HelpResult{T}"/> with its code and reason in <see cref="LearnErrorHubFilter"/>.</summary>
    private static async Task<HelpResult<T>> Run<T>(Func<Task<T>> work)
        where T : class => new(await work(), null, null);
}
