using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Learn.Core.Accounts;
using Learn.Core.Errors;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Learn.Core.Help;

/// <summary>
/// Live help: asking, chatting, taking and closing requests, escalation and metrics. Every
/// method checks who may see the request (404-like <c>help.not_found</c> otherwise), stores
/// first and only then tells connected people through <see cref="IHelpNotifier"/>.
/// </summary>
public sealed class HelpService(
    LearnDbContext db,
    TimeProvider time,
    IOptions<HelpOptions> options,
    IHelpRouting routing,
    IHelpPresence presence,
    AccessPolicy access,
    HelpWriter writer,
    IHelpLiveState live,
    IHelpNotifier notifier)
{
    private const int MaxMessagesPerRead = 1000;
    private readonly HelpOptions _options = options.Value;

    public Task<HelpRequestView> AskAsync(Actor actor, HelpContext context, string? clientId, string? text, CancellationToken ct = default) =>
        AskWithFileAsync(actor, context, clientId, text, null, ct);

    /// <summary>
    /// Asks with a first message that may carry a voice note or photo already checked and in the file store
    /// (see <see cref="HelpAttachments"/>); with a file the text is an optional caption.
    /// </summary>
    public async Task<HelpRequestView> AskWithFileAsync(Actor actor, HelpContext context, string? clientId, string? text, HelpStoredFile? file,
        CancellationToken ct = default)
    {
        if (actor.Role != Role.Learner)
        {
            throw new LearnDomainException(ErrorKind.Forbidden, "help.learners_only", "Only learners ask for help here.");
        }

        var cid = HelpMessage.NormalizeClientId(clientId);
        var learner = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == actor.Id, ct);
        var first = await routing.PickFirstHelperAsync(learner, ct);
        var cleaned = context.Cleaned();
        await WarmSendWindowAsync(actor, ct);
        var (request, message) = await writer.WriteAsync(async batch =>
        {
            if (batch.Stored(actor.Id, cid) is { } sent)
            {
                return (sent.Request ?? await batch.State.RequestAsync(batch.Db, sent.RequestId, ct) ?? throw NotFound(), (HelpMessage?)null);
            }

            await batch.EnsureWithinRateAsync(actor.Id, _options.MessagesPerMinute, ct);
            var asked = new HelpRequest(learner.Id, learner.VillageId!.Value, cleaned, first, batch.Now);
            var written = file is null
                ? HelpMessage.Write(asked, actor.Id, cid, text, batch.Now, _options.MaxMessageLength)
                : HelpMessage.WriteWithFile(asked, actor.Id, cid, text, file, batch.Now, _options.MaxMessageLength);
            batch.Add(asked);
            batch.Add(written);
            return (asked, written);
        }, new HelpClientKey(actor.Id, cid), null, ct);

        var view = await ViewAsync(request, ct);
        if (message is not null)
        {
            var recipients = await RecipientsAsync(request, ct);
            await notifier.RequestChangedAsync(view, recipients, ct);
            await notifier.MessageAddedAsync(await MessageViewAsync(message, ct), recipients, ct);
        }

        return view;
    }

    /// <summary>
    /// Someone connected: their send window (the rate limit) and their name are read now, while they look at the page, so
    /// their first message waits for no read of its own (a kader's first replies to many learners come at once).
    /// </summary>
    public async Task ConnectedAsync(Actor actor, CancellationToken ct = default)
    {
        await WarmSendWindowAsync(actor, ct);
        await live.NamesAsync(db, [actor.Id], ct);
    }

    /// <summary>Stores a message. Sending the same client id again returns the stored message and stores nothing.</summary>
    public Task<HelpMessageView> PostAsync(Actor actor, long requestId, string? clientId, string? text, CancellationToken ct = default) =>
        PostCoreAsync(actor, requestId, clientId, (request, cid, now) => HelpMessage.Write(request, actor.Id, cid, text, now, _options.MaxMessageLength), ct);

    /// <summary>
    /// Stores a message whose voice note or photo is already checked and in the file store (see <see cref="HelpAttachments"/>),
    /// through the same writer, rules and notifications as text.
    /// </summary>
    public Task<HelpMessageView> PostFileAsync(Actor actor, long requestId, string? clientId, string? text, HelpStoredFile file, CancellationToken ct = default) =>
        PostCoreAsync(actor, requestId, clientId, (request, cid, now) => HelpMessage.WriteWithFile(request, actor.Id, cid, text, file, now, _options.MaxMessageLength), ct);

    /// <summary>The message the actor already sent under this client id, so a resent upload needs no second file.</summary>
    public async Task<HelpMessageView?> SentAsync(Actor actor, string? clientId, CancellationToken ct = default)
    {
        var cid = HelpMessage.NormalizeClientId(clientId);
        var stored = await db.HelpMessages.AsNoTracking().SingleOrDefaultAsync(m => m.SenderId == actor.Id && m.ClientId == cid, ct);
        return stored is null ? null : await MessageViewAsync(stored, ct);
    }

    /// <summary>A message's attachment and the learner whose conversation it is in, for someone who may see that conversation; null otherwise.</summary>
    public async Task<(HelpStoredFile File, int LearnerId)?> AttachmentAsync(Actor actor, long messageId, CancellationToken ct = default)
    {
        var message = await db.HelpMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == messageId, ct);
        if (message?.FileKey is null || await live.RequestAsync(db, message.RequestId, ct) is not { } request || !await CanSeeAsync(actor, request, ct))
        {
            return null;
        }

        return (new HelpStoredFile(message.Kind, message.FileKey, message.ContentType!, message.FileBytes ?? 0, message.DurationMs), request.LearnerId);
    }

    /// <summary>The learner a visible request belongs to (attachments are kept in that learner's folder).</summary>
    public async Task<int> LearnerOfAsync(Actor actor, long requestId, CancellationToken ct = default) =>
        (await FindVisibleAsync(actor, requestId, ct)).LearnerId;

    /// <summary>What the latest message of each request carries, for the console's list.</summary>
    public async Task<IReadOnlyDictionary<long, HelpMessageKind>> LastKindsAsync(IReadOnlyCollection<long> requestIds, CancellationToken ct = default)
    {
        var last = await db.HelpMessages.AsNoTracking().Where(m => requestIds.Contains(m.RequestId))
            .GroupBy(m => m.RequestId).Select(g => g.Max(m => m.Id)).ToListAsync(ct);
        return await db.HelpMessages.AsNoTracking().Where(m => last.Contains(m.Id)).ToDictionaryAsync(m => m.RequestId, m => m.Kind, ct);
    }

    private async Task<HelpMessageView> PostCoreAsync(Actor actor, long requestId, string? clientId, Func<HelpRequest, string, DateTimeOffset, HelpMessage> write, CancellationToken ct)
    {
        var cid = HelpMessage.NormalizeClientId(clientId);
        var seen = await live.RequestAsync(db, requestId, ct);
        // Whether the actor belongs to the request's village is read here, once, not again inside the one writer
        // (where a read holds up every message of the batch); the writer checks the committed request against it.
        var member = seen is null ? null : Visibility(actor, seen) == HelpVisibility.IfVillageMember ? await IsVillageMemberAsync(db, actor, seen.VillageId, ct) : (bool?)null;
        if (seen is null || !await CanSeeAsync(actor, seen, member, ct))
        {
            throw NotFound();
        }

        await WarmSendWindowAsync(actor, ct);

        var (message, before, after) = await writer.WriteAsync(async batch =>
        {
            if (batch.Stored(actor.Id, cid) is { } stored)
            {
                return stored.RequestId == requestId
                    ? (stored, null, null)
                    : throw new LearnDomainException("help.client_id_invalid", "This message id was already used for another conversation.");
            }

            var request = await batch.EditAsync(requestId, ct);
            if (request is null || !await CanSeeAsync(batch.Db, actor, request, member, ct))
            {
                throw NotFound();
            }

            await batch.EnsureWithinRateAsync(actor.Id, _options.MessagesPerMinute, ct);
            var was = request.Copy();
            var written = write(request, cid, batch.Now);
            request.RecordMessage(actor.Id, batch.Now);
            batch.Add(written);
            return (written, (HelpRequest?)was, (HelpRequest?)request);
        }, new HelpClientKey(actor.Id, cid), requestId, ct);

        var view = await MessageViewAsync(message, ct);
        if (before is null || after is null)
        {
            return view;
        }

        var recipients = await RecipientsAsync(after, ct);
        await notifier.MessageAddedAsync(view, recipients, ct);
        if ((before.Status, before.HelperId) != (after.Status, after.HelperId))
        {
            await notifier.RequestChangedAsync(await ViewAsync(after, ct), recipients.Union(await RecipientsAsync(before, ct)).ToList(), ct);
        }

        return view;
    }

    /// <summary>The request and its messages after <paramref name="afterId"/>; null when the actor may not see it.</summary>
    public async Task<HelpConversation?> GetConversationAsync(Actor actor, long requestId, long afterId = 0, CancellationToken ct = default)
    {
        var request = await live.RequestAsync(db, requestId, ct);
        if (request is null || !await CanSeeAsync(actor, request, ct))
        {
            return null;
        }

        var messages = await db.HelpMessages.AsNoTracking()
            .Where(m => m.RequestId == requestId && m.Id > afterId)
            .OrderBy(m => m.Id).Take(MaxMessagesPerRead).ToListAsync(ct);
        var names = await live.NamesAsync(db, messages.Select(m => m.SenderId), ct);
        return new HelpConversation(await ViewAsync(request, ct), messages.Select(m => ToView(m, names)).ToList());
    }

    /// <summary>Marks the other side's messages up to <paramref name="upToId"/> as read by the learner or the helper.</summary>
    public async Task MarkReadAsync(Actor actor, long requestId, long upToId, CancellationToken ct = default)
    {
        var request = await FindVisibleAsync(actor, requestId, ct);
        if (actor.Id != request.LearnerId && actor.Id != request.HelperId)
        {
            return;
        }

        var lastRead = await writer.WriteAsync(async batch =>
        {
            var unread = await batch.Db.HelpMessages
                .Where(m => m.RequestId == requestId && m.Id <= upToId && m.SenderId != actor.Id && m.ReadAt == null)
                .ToListAsync(ct);
            unread.ForEach(m => m.MarkRead(batch.Now));
            return unread.Count == 0 ? (long?)null : unread.Max(m => m.Id);
        }, null, null, ct);
        if (lastRead is { } upTo)
        {
            await notifier.MessagesReadAsync(requestId, upTo, actor.Id, await RecipientsAsync(request, ct), ct);
        }
    }

    /// <summary>The other people to tell that the actor is typing; null when the actor may not see the request.</summary>
    public async Task<IReadOnlyCollection<int>?> OthersInAsync(Actor actor, long requestId, CancellationToken ct = default)
    {
        var request = await live.RequestAsync(db, requestId, ct);
        return request is null || !await CanSeeAsync(actor, request, ct)
            ? null
            : (await RecipientsAsync(request, ct)).Where(id => id != actor.Id).ToList();
    }

    public Task<HelpRequestView> TakeAsync(Actor actor, long requestId, CancellationToken ct = default) =>
        ChangeAsync(actor, requestId, staffOnly: true, (r, now) => r.Take(actor.Id, now), ct);

    public Task<HelpRequestView> HandBackAsync(Actor actor, long requestId, CancellationToken ct = default) =>
        ChangeAsync(actor, requestId, staffOnly: true, (r, now) => r.HandBack(actor.Id, now), ct);

    public Task<HelpRequestView> ResolveAsync(Actor actor, long requestId, HelpOutcome outcome, CancellationToken ct = default) =>
        ChangeAsync(actor, requestId, staffOnly: false, (r, now) => r.Resolve(actor.Id, outcome, now), ct);

    public Task<HelpRequestView> RateAsync(Actor actor, long requestId, int stars, CancellationToken ct = default) =>
        ChangeAsync(actor, requestId, staffOnly: false, (r, _) => r.Rate(actor.Id, stars), ct);

    public async Task<HelpRequestView> TransferAsync(Actor actor, long requestId, int toId, CancellationToken ct = default)
    {
        var request = await FindVisibleAsync(actor, requestId, ct);
        var target = await db.Accounts.AsNoTracking().AnyAsync(a => a.Id == toId && a.IsActive && a.Role == Role.Kader && a.VillageId == request.VillageId, ct)
            || await db.FacilitatorVillages.AnyAsync(f => f.FacilitatorId == toId && f.VillageId == request.VillageId, ct);
        if (!target)
        {
            throw new LearnDomainException("help.transfer_invalid", "Choose another kader of the learner's village.");
        }

        return await ChangeAsync(actor, requestId, staffOnly: true, (r, now) => r.Transfer(actor.Id, toId, now), ct);
    }

    /// <summary>The kader and facilitators of the request's village a helper can pass it to, online ones first.</summary>
    public async Task<IReadOnlyList<(int Id, string Name, bool Online)>> TransferTargetsAsync(long requestId, int exceptId, CancellationToken ct = default)
    {
        var village = await db.HelpRequests.Where(r => r.Id == requestId).Select(r => r.VillageId).SingleAsync(ct);
        var facilitators = await db.FacilitatorVillages.Where(f => f.VillageId == village).Select(f => f.FacilitatorId).ToListAsync(ct);
        var people = await db.Accounts.AsNoTracking()
            .Where(a => a.IsActive && a.Id != exceptId && ((a.Role == Role.Kader && a.VillageId == village) || facilitators.Contains(a.Id)))
            .OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        var online = await presence.OnlineAsync(people.Select(p => p.Id).ToList(), ct);
        return people.Select(p => (p.Id, p.Name, online.Contains(p.Id))).OrderByDescending(p => p.Item3).ToList();
    }

    /// <summary>Moves every request that waited too long without a reply to the next circle of helpers.</summary>
    public async Task<int> EscalateDueAsync(CancellationToken ct = default)
    {
        var cutoff = time.GetUtcNow() - _options.EscalateAfter;
        var due = await db.HelpRequests.AsNoTracking()
            .Where(r => r.Status == HelpStatus.Waiting && r.FirstReplyAt == null && r.Stage < HelpStage.Facilitator && r.RoutedAt <= cutoff)
            .ToListAsync(ct);
        var next = new Dictionary<long, HelpStage>();
        foreach (var request in due)
        {
            next[request.Id] = request.Stage == HelpStage.FirstKader && await OtherOnlineKaderAsync(request, ct)
                ? HelpStage.VillageKader
                : HelpStage.Facilitator;
        }

        var moved = await writer.WriteAsync(async batch =>
        {
            var changed = new List<HelpRequest>();
            foreach (var (id, stage) in next)
            {
                // Checked again on the committed state: a reply may have come in since the query.
                if (await batch.EditAsync(id, ct) is { } request && request.IsDueForEscalation(batch.Now, _options.EscalateAfter))
                {
                    request.Escalate(stage, batch.Now);
                    changed.Add(request);
                }
            }

            return changed;
        }, null, null, ct);
        foreach (var request in moved)
        {
            await notifier.RequestChangedAsync(await ViewAsync(request, ct), await RecipientsAsync(request, ct), ct);
        }

        return moved.Count;
    }

    /// <summary>Requests a helper should see: the queue open to them, and the chats they are in.</summary>
    public async Task<IReadOnlyList<HelpRequestView>> ConsoleAsync(Actor actor, CancellationToken ct = default)
    {
        var villages = await access.VisibleVillageIdsAsync(actor, ct);
        var query = db.HelpRequests.AsNoTracking().Where(r => r.Status != HelpStatus.Resolved);
        if (villages is not null)
        {
            query = query.Where(r => villages.Contains(r.VillageId));
        }

        var open = await query.OrderBy(r => r.Id).Take(200).ToListAsync(ct);
        var views = new List<HelpRequestView>();
        foreach (var request in open)
        {
            if (await CanSeeAsync(actor, request, ct))
            {
                views.Add(await ViewAsync(request, ct));
            }
        }

        return views;
    }

    /// <summary>
    /// A short fingerprint of what the console shows of these requests (which, their status, stage, helper and place in the queue).
    /// A console page keeps the one it was rendered with; its live connection compares it with <see cref="ConsoleStampAsync"/> once
    /// joined, because a change pushed before the connection joined (or while it was away) reached no one.
    /// </summary>
    public static string ConsoleStamp(IEnumerable<HelpRequestView> open)
    {
        var shown = string.Join(';', open.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"{r.Id}:{(int)r.Status}:{(int)r.Stage}:{r.HelperId}:{r.QueuePosition}")));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(shown)), 0, 8);
    }

    /// <summary>The stamp of the console as it would be rendered for this staff member now; null for a learner (no console).</summary>
    public async Task<string?> ConsoleStampAsync(Actor actor, CancellationToken ct = default) =>
        actor.Role == Role.Learner ? null : ConsoleStamp(await ConsoleAsync(actor, ct));

    public async Task<IReadOnlyList<HelpRequestView>> MineAsync(Actor actor, CancellationToken ct = default)
    {
        var mine = await db.HelpRequests.AsNoTracking().Where(r => r.LearnerId == actor.Id)
            .OrderByDescending(r => r.Id).Take(50).ToListAsync(ct);
        var views = new List<HelpRequestView>();
        foreach (var request in mine)
        {
            views.Add(await ViewAsync(request, ct));
        }

        return views;
    }

    /// <summary>Time to first reply and to resolve, per village and per helper, for the villages the actor looks after.</summary>
    public async Task<HelpMetricsReport> MetricsAsync(Actor actor, CancellationToken ct = default)
    {
        var villages = await access.VisibleVillageIdsAsync(actor, ct);
        var query = db.HelpRequests.AsNoTracking();
        if (villages is not null)
        {
            query = query.Where(r => villages.Contains(r.VillageId));
        }

        return await HelpMetricsQuery.RunAsync(db, query, ct);
    }

    /// <summary>
    /// A conversation is visible to its learner, the person helping, the village's facilitators,
    /// admins, and, while it waits, to the kader it is routed to (the first pick, then the whole village).
    /// </summary>
    public Task<bool> CanSeeAsync(Actor actor, HelpRequest request, CancellationToken ct = default) =>
        CanSeeAsync(db, actor, request, ct);

    private static Task<bool> CanSeeAsync(LearnDbContext db, Actor actor, HelpRequest request, CancellationToken ct) =>
        CanSeeAsync(db, actor, request, null, ct);

    private Task<bool> CanSeeAsync(Actor actor, HelpRequest request, bool? member, CancellationToken ct) =>
        CanSeeAsync(db, actor, request, member, ct);

    /// <summary>Visibility, with the actor's village membership already known (<paramref name="member"/>) or read when needed.</summary>
    private static async Task<bool> CanSeeAsync(LearnDbContext db, Actor actor, HelpRequest request, bool? member, CancellationToken ct) =>
        Visibility(actor, request) switch
        {
            HelpVisibility.Yes => true,
            HelpVisibility.IfVillageMember => member ?? await IsVillageMemberAsync(db, actor, request.VillageId, ct),
            _ => false,
        };

    /// <summary>What the request itself says about who sees it; a facilitator or a kader of a waiting request also has to belong to its village.</summary>
    private static HelpVisibility Visibility(Actor actor, HelpRequest request)
    {
        if (actor.Role == Role.Admin || actor.Id == request.LearnerId || actor.Id == request.HelperId)
        {
            return HelpVisibility.Yes;
        }

        return actor.Role switch
        {
            Role.Facilitator => HelpVisibility.IfVillageMember,
            Role.Kader when request.Status == HelpStatus.Waiting && (request.FirstHelperId == actor.Id || request.Stage >= HelpStage.VillageKader) => HelpVisibility.IfVillageMember,
            _ => HelpVisibility.No,
        };
    }

    /// <summary>A facilitator looking after the village, or an active kader of it.</summary>
    private static Task<bool> IsVillageMemberAsync(LearnDbContext db, Actor actor, int villageId, CancellationToken ct) =>
        actor.Role == Role.Facilitator
            ? db.FacilitatorVillages.AnyAsync(f => f.FacilitatorId == actor.Id && f.VillageId == villageId, ct)
            : db.Accounts.AnyAsync(a => a.Id == actor.Id && a.IsActive && a.VillageId == villageId, ct);

    private async Task<HelpRequestView> ChangeAsync(Actor actor, long requestId, bool staffOnly, Action<HelpRequest, DateTimeOffset> change, CancellationToken ct)
    {
        await FindVisibleAsync(actor, requestId, ct);
        if (staffOnly && actor.Role == Role.Learner)
        {
            throw new LearnDomainException(ErrorKind.Forbidden, "help.staff_only", "Only a kader or facilitator can do this.");
        }

        var (before, after) = await writer.WriteAsync(async batch =>
        {
            var request = await batch.EditAsync(requestId, ct);
            if (request is null || !await CanSeeAsync(batch.Db, actor, request, ct))
            {
                throw NotFound();
            }

            var was = request.Copy();
            change(request, batch.Now);
            return (was, request);
        }, null, requestId, ct);
        var view = await ViewAsync(after, ct);
        await notifier.RequestChangedAsync(view, (await RecipientsAsync(after, ct)).Union(await RecipientsAsync(before, ct)).ToList(), ct);
        return view;
    }

    /// <summary>The request as last committed, when the actor may see it.</summary>
    private async Task<HelpRequest> FindVisibleAsync(Actor actor, long requestId, CancellationToken ct)
    {
        var request = await live.RequestAsync(db, requestId, ct);
        return request is not null && await CanSeeAsync(actor, request, ct) ? request : throw NotFound();
    }

    /// <summary>Reads the sender's recent sends here, in parallel with other senders, if the live state lacks them, not in the one writer.</summary>
    private ValueTask<int> WarmSendWindowAsync(Actor actor, CancellationToken ct) =>
        live.SentSinceAsync(db, actor.Id, time.GetUtcNow() - HelpWriteBatch.RateWindow, ct);

    private static LearnDomainException NotFound() => new(ErrorKind.NotFound, "help.not_found", "There is no such help request.");

    /// <summary>Everyone who should hear about a change: learner, helper, and whoever the waiting request is routed to.</summary>
    private async Task<IReadOnlyCollection<int>> RecipientsAsync(HelpRequest request, CancellationToken ct)
    {
        var ids = new HashSet<int> { request.LearnerId };
        if (request.HelperId is { } helper)
        {
            ids.Add(helper);
        }

        if (request.Status == HelpStatus.Waiting)
        {
            if (request.FirstHelperId is { } first)
            {
                ids.Add(first);
            }

            if (request.Stage >= HelpStage.VillageKader)
            {
                ids.UnionWith(await db.Accounts.Where(a => a.Role == Role.Kader && a.IsActive && a.VillageId == request.VillageId)
                    .Select(a => a.Id).ToListAsync(ct));
            }

            if (request.Stage >= HelpStage.Facilitator)
            {
                ids.UnionWith(await db.FacilitatorVillages.Where(f => f.VillageId == request.VillageId).Select(f => f.FacilitatorId).ToListAsync(ct));
            }
        }

        return ids;
    }

    private async Task<bool> OtherOnlineKaderAsync(HelpRequest request, CancellationToken ct)
    {
        var kader = await db.Accounts.Where(a => a.Role == Role.Kader && a.IsActive && a.VillageId == request.VillageId && a.Id != request.FirstHelperId)
            .Select(a => a.Id).ToListAsync(ct);
        return (await presence.OnlineAsync(kader, ct)).Count > 0;
    }

    private async Task<HelpRequestView> ViewAsync(HelpRequest request, CancellationToken ct)
    {
        var names = await live.NamesAsync(db, [request.LearnerId, request.HelperId ?? request.LearnerId], ct);
        var position = await live.QueuePositionAsync(db, request, ct);
        return new HelpRequestView(request.Id, request.LearnerId, names.GetValueOrDefault(request.LearnerId, "?"), request.Status, request.Stage,
            request.HelperId, request.HelperId is { } h ? names.GetValueOrDefault(h, "?") : null, position,
            request.LessonId, request.SectionId, request.QuestionId, request.CreatedAt, request.Outcome, request.Rating);
    }

    private async Task<HelpMessageView> MessageViewAsync(HelpMessage message, CancellationToken ct) =>
        ToView(message, await live.NamesAsync(db, [message.SenderId], ct));

    private static HelpMessageView ToView(HelpMessage m, IReadOnlyDictionary<int, string> names) =>
        new(m.Id, m.RequestId, m.SenderId, names.GetValueOrDefault(m.SenderId, "?"), m.ClientId, m.Text, m.SentAt, m.ReadAt,
            m.Kind == HelpMessageKind.Text ? null : new HelpAttachmentView(m.Kind, m.ContentType ?? string.Empty, m.FileBytes ?? 0, m.DurationMs));
}
