using Learn.Core.Accounts;
using Learn.Core.Auditing;
using Learn.Core.Errors;
using Learn.Core.Help;
using Learn.Core.Lessons.Summaries;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Facilitator.Privacy;

/// <summary>
/// A learner's right to see and to erase what is held about them. Export gathers every row about
/// the person (lessons, evidence, surveys, kader, help chats, practice shop, offline syncs); delete
/// removes them in one transaction, keeping only their business-survey numbers as anonymous village
/// figures, and has the host remove their shop's photo files and their help chats' voice notes and photos.
/// Both are written to the audit log.
/// </summary>
public sealed class LearnerDataService(LearnDbContext db, AccessPolicy access, TimeProvider time, IEnumerable<ILearnerFiles> files,
    IHelpLiveState help, ProgressSummaries summaries, AccountSessions sessions, SignInGuard guard, HelpFiles helpFiles)
{
    public async Task<LearnerDataExport> ExportAsync(Actor actor, int learnerId, CancellationToken ct = default)
    {
        await EnsureAllowedAsync(actor, learnerId, ct);
        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == learnerId, ct);
        var village = await db.Villages.AsNoTracking().Where(v => v.Id == account.VillageId).Select(v => v.Name).SingleOrDefaultAsync(ct);
        var export = new LearnerDataExport(
            time.GetUtcNow(),
            new LearnerDataExport.Person(account.Id, account.Name, account.Phone, village, account.Hamlet, account.Gender.ToString(),
                account.BirthYear, account.CreatedAt, account.LastSignInAt, account.IsActive),
            await db.LessonProgress.AsNoTracking().Where(p => p.AccountId == learnerId).OrderBy(p => p.LessonId)
                .Select(p => new LearnerDataExport.LessonRow(p.LessonId, p.LevelNumber, p.Attempts, p.FailedAttempts, p.BestCorrect, p.MasteredAt, p.LastActivityAt))
                .ToListAsync(ct),
            await db.QuizAttempts.AsNoTracking().Where(a => a.AccountId == learnerId).OrderBy(a => a.At)
                .Select(a => new LearnerDataExport.QuizRow(a.LessonId, a.At, a.Correct, a.Total, a.Passed, a.WrongQuestionIds))
                .ToListAsync(ct),
            await db.LevelUnlocks.AsNoTracking().Where(u => u.AccountId == learnerId).OrderBy(u => u.At)
                .Select(u => new LearnerDataExport.UnlockRow(u.LevelNumber, u.Method.ToString(), u.At, u.Reason))
                .ToListAsync(ct),
            await db.Milestones.AsNoTracking().Where(m => m.LearnerId == learnerId).OrderBy(m => m.At)
                .Select(m => new LearnerDataExport.MilestoneRow(m.Key, m.At, m.Evidence))
                .ToListAsync(ct),
            await db.SkillSignOffs.AsNoTracking().Where(s => s.LearnerId == learnerId).OrderBy(s => s.At)
                .Select(s => new LearnerDataExport.SignOffRow(s.SkillId, s.KaderId, s.At, s.Note))
                .ToListAsync(ct),
            await db.BusinessSurveys.AsNoTracking().Where(s => s.LearnerId == learnerId).OrderBy(s => s.Wave)
                .Select(s => new LearnerDataExport.SurveyRow(s.Wave, s.TakenAt, s.SellsOnline, s.MonthlyTurnover, s.MarginPercent, s.Provinces, s.PeopleEmployed))
                .ToListAsync(ct),
            await db.CohortMembers.AsNoTracking().Where(m => m.LearnerId == learnerId)
                .Join(db.Cohorts, m => m.CohortId, c => c.Id, (m, c) => c.Name).ToListAsync(ct),
            await db.KaderPreferences.AsNoTracking().Where(k => k.LearnerId == learnerId).Select(k => k.KaderId).ToListAsync(ct),
            // With the entry of the roster import that created them (one for all its learners): who imported them, when.
            await db.AuditEntries.AsNoTracking()
                .Where(a => a.SubjectAccountId == learnerId || a.ActorId == learnerId || a.Id == account.ImportAuditEntryId).OrderBy(a => a.At)
                .Select(a => new LearnerDataExport.AuditRow(a.At, a.Action, a.ActorId, a.Details))
                .ToListAsync(ct),
            await AssignedKaderAsync(learnerId, ct),
            await db.KaderWishes.AsNoTracking().Where(w => w.LearnerId == learnerId)
                .Select(w => new LearnerDataExport.KaderWishRow(w.SameGender, w.Language)).SingleOrDefaultAsync(ct),
            await HelpAsync(account, ct),
            await ShopAsync(learnerId, ct),
            await db.SyncReceipts.AsNoTracking().Where(r => r.AccountId == learnerId).OrderBy(r => r.ReceivedAt).ThenBy(r => r.Id)
                .Select(r => new LearnerDataExport.SyncRow(r.ClientId, r.LessonId, r.AnsweredAt, r.ReceivedAt, r.Passed))
                .ToListAsync(ct));

        db.AuditEntries.Add(new AuditEntry(time.GetUtcNow(), actor.Id, "privacy.exported", learnerId, "all data of the learner downloaded"));
        await db.SaveChangesAsync(ct);
        return export;
    }

    /// <summary>
    /// Deletes the learner and everything about them. Their surveys stay, without the person, so
    /// village figures do not change; the deletion itself is audited (by id and village, no name).
    /// </summary>
    public async Task DeleteAsync(Actor actor, int learnerId, CancellationToken ct = default)
    {
        await EnsureAllowedAsync(actor, learnerId, ct);
        var person = await db.Accounts.Where(a => a.Id == learnerId).Select(a => new { a.VillageId, a.Phone }).SingleAsync(ct);
        var villageId = person.VillageId;
        var shopIds = await db.Shops.Where(s => s.LearnerId == learnerId).Select(s => s.Id).ToListAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        // The practice shop, children first: orders refuse to lose their scenario run, chat lines their order.
        await db.ShopMessages.Where(m => shopIds.Contains(m.ShopId)).ExecuteDeleteAsync(ct);
        await db.ShopFeedback.Where(f => shopIds.Contains(f.ShopId)).ExecuteDeleteAsync(ct);
        await db.LedgerEntries.Where(e => shopIds.Contains(e.ShopId)).ExecuteDeleteAsync(ct);
        await db.ShopOrders.Where(o => shopIds.Contains(o.ShopId)).ExecuteDeleteAsync(ct);
        await db.ScenarioRuns.Where(r => shopIds.Contains(r.ShopId)).ExecuteDeleteAsync(ct);
        await db.ShopProducts.Where(p => shopIds.Contains(p.ShopId)).ExecuteDeleteAsync(ct);
        await db.Shops.Where(s => shopIds.Contains(s.Id)).ExecuteDeleteAsync(ct);

        // Help: a request names its learner (not nullable), so their requests go with the whole chat; help
        // figures then count the requests that remain.
        var requests = db.HelpRequests.Where(r => r.LearnerId == learnerId).Select(r => r.Id);
        await db.HelpMessages.Where(m => requests.Contains(m.RequestId) || m.SenderId == learnerId).ExecuteDeleteAsync(ct);
        await db.HelpRequests.Where(r => r.LearnerId == learnerId).ExecuteDeleteAsync(ct);
        await db.HelpNudges.Where(n => n.LearnerId == learnerId).ExecuteDeleteAsync(ct);

        await db.KaderAssignments.Where(a => a.LearnerId == learnerId).ExecuteDeleteAsync(ct);
        await db.KaderWishes.Where(w => w.LearnerId == learnerId).ExecuteDeleteAsync(ct);
        await db.SyncReceipts.Where(r => r.AccountId == learnerId).ExecuteDeleteAsync(ct);
        await db.BusinessSurveys.Where(s => s.LearnerId == learnerId).ExecuteUpdateAsync(s => s.SetProperty(x => x.LearnerId, (int?)null), ct);
        await db.CohortMembers.Where(m => m.LearnerId == learnerId).ExecuteDeleteAsync(ct);
        await db.KaderPreferences.Where(k => k.LearnerId == learnerId).ExecuteDeleteAsync(ct);
        await db.SkillSignOffs.Where(s => s.LearnerId == learnerId).ExecuteDeleteAsync(ct);
        await db.Milestones.Where(m => m.LearnerId == learnerId).ExecuteDeleteAsync(ct);
        await summaries.ForgetLearnerAsync(learnerId, ct);
        await db.QuizAttempts.Where(a => a.AccountId == learnerId).ExecuteDeleteAsync(ct);
        await db.LessonProgress.Where(p => p.AccountId == learnerId).ExecuteDeleteAsync(ct);
        await db.LevelUnlocks.Where(u => u.AccountId == learnerId).ExecuteDeleteAsync(ct);
        // Their history (quiz scores, unlock reasons, kader changes) is their data too. The entry of the roster import
        // that created them stays: it names nobody and is the history of every other learner of that import.
        await db.AuditEntries.Where(a => a.SubjectAccountId == learnerId || a.ActorId == learnerId).ExecuteDeleteAsync(ct);
        // Every signed-in phone of theirs is signed out with the account; their number's lockout rows go too.
        await sessions.EndAllAsync(learnerId, keep: null, ct);
        await guard.UnlockAsync(person.Phone, ct);
        await db.Accounts.Where(a => a.Id == learnerId).ExecuteDeleteAsync(ct);
        db.AuditEntries.Add(new AuditEntry(time.GetUtcNow(), actor.Id, "privacy.deleted", learnerId,
            $"learner #{learnerId} of village {villageId} deleted with all personal data, help chats, tutor pairing and practice shop; survey figures kept anonymously"));
        await db.SaveChangesAsync(ct);

        // Last, so a photo folder that cannot be removed rolls the rows back and the deletion can be tried again.
        foreach (var shopId in shopIds)
        {
            foreach (var store in files)
            {
                await store.DeleteShopFilesAsync(shopId, ct);
            }
        }

        await helpFiles.DeleteLearnerAsync(learnerId, ct);

        await transaction.CommitAsync(ct);
        // Live help keeps its requests in memory; the deleted ones must not linger there.
        await help.ForgetLearnerAsync(learnerId);
    }

    private async Task<LearnerDataExport.KaderRow?> AssignedKaderAsync(int learnerId, CancellationToken ct) =>
        await db.KaderAssignments.AsNoTracking().Where(a => a.LearnerId == learnerId)
            .Join(db.Accounts, a => a.KaderId, k => k.Id, (a, k) =>
                new LearnerDataExport.KaderRow(a.KaderId, k.Name, a.IsNeighbourVillage, a.IsPinned, a.Explanation, a.AssignedAt))
            .SingleOrDefaultAsync(ct);

    private async Task<IReadOnlyList<LearnerDataExport.HelpRow>> HelpAsync(Account learner, CancellationToken ct)
    {
        var requests = await db.HelpRequests.AsNoTracking().Where(r => r.LearnerId == learner.Id).OrderBy(r => r.Id).ToListAsync(ct);
        var requestIds = requests.Select(r => r.Id).ToList();
        var messages = await db.HelpMessages.AsNoTracking().Where(m => requestIds.Contains(m.RequestId)).OrderBy(m => m.Id).ToListAsync(ct);
        // Only the people the learner met in their own chats: whoever wrote there, and whoever helped.
        var peopleIds = messages.Select(m => m.SenderId).Concat(requests.Select(r => r.HelperId).OfType<int>())
            .Where(id => id != learner.Id).Distinct().ToList();
        var names = await db.Accounts.AsNoTracking().Where(a => peopleIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        names[learner.Id] = learner.Name;
        var attachments = new Dictionary<long, LearnerDataExport.HelpAttachmentRow>();
        foreach (var m in messages.Where(m => m.FileKey is not null))
        {
            var content = await helpFiles.ReadAllAsync(m.FileKey!, ct);
            attachments[m.Id] = new LearnerDataExport.HelpAttachmentRow(m.Kind.ToString(), m.FileKey![(m.FileKey!.LastIndexOf('/') + 1)..],
                m.ContentType ?? string.Empty, m.FileBytes ?? 0, m.DurationMs, content is null ? null : Convert.ToBase64String(content));
        }

        return requests.Select(r => new LearnerDataExport.HelpRow(r.Id, r.LessonId, r.SectionId, r.QuestionId, r.Status.ToString(),
                r.Stage.ToString(), r.HelperId is { } h ? names.GetValueOrDefault(h) : null, r.CreatedAt, r.FirstReplyAt, r.ResolvedAt,
                r.Outcome?.ToString(), r.Rating,
                messages.Where(m => m.RequestId == r.Id)
                    .Select(m => new LearnerDataExport.HelpMessageRow(m.SentAt, m.SenderId == learner.Id, names.GetValueOrDefault(m.SenderId, "?"), m.Text, m.ReadAt,
                        attachments.GetValueOrDefault(m.Id)))
                    .ToList()))
            .ToList();
    }

    private async Task<LearnerDataExport.ShopData?> ShopAsync(int learnerId, CancellationToken ct)
    {
        if (await db.Shops.AsNoTracking().SingleOrDefaultAsync(s => s.LearnerId == learnerId, ct) is not { } shop)
        {
            return null;
        }

        var products = await db.ShopProducts.AsNoTracking().Where(p => p.ShopId == shop.Id).OrderBy(p => p.Id).ToListAsync(ct);
        var runs = await db.ScenarioRuns.AsNoTracking().Where(r => r.ShopId == shop.Id).OrderBy(r => r.Id).ToListAsync(ct);
        var orders = await db.ShopOrders.AsNoTracking().Where(o => o.ShopId == shop.Id).OrderBy(o => o.Id).ToListAsync(ct);
        var messages = await db.ShopMessages.AsNoTracking().Where(m => m.ShopId == shop.Id).OrderBy(m => m.Id).ToListAsync(ct);
        var feedback = await db.ShopFeedback.AsNoTracking().Where(f => f.ShopId == shop.Id).OrderBy(f => f.Id).ToListAsync(ct);
        var ledger = await db.LedgerEntries.AsNoTracking().Where(e => e.ShopId == shop.Id).OrderBy(e => e.Id).ToListAsync(ct);
        return new LearnerDataExport.ShopData(shop.Id, shop.Name, shop.CreatedAt, shop.Day,
            [.. products.Select(p => new LearnerDataExport.ProductRow(p.Id, p.Name, p.Description, p.Price, p.Cost, p.Stock, p.WeightGrams, p.PhotoFile, p.Visits))],
            [.. runs.Select(r => new LearnerDataExport.RunRow(r.Id, r.ScenarioId, r.StartDay, r.Status.ToString(), r.StartedAt, r.FinishedAt, r.Result))],
            [.. orders.Select(o => new LearnerDataExport.OrderRow(o.Id, o.RunId, o.BuyerName, o.City, o.ProductId, o.ProductName, o.Quantity, o.UnitPrice,
                o.Payment.ToString(), o.PlacedDay, o.Status.ToString(), o.Courier, o.Resi, o.ShippingFee, o.ShippedDay, o.DeliveredDay, o.Stars, o.HadMistake))],
            [.. messages.Select(m => new LearnerDataExport.ShopMessageRow(m.OrderId, m.Day, m.Sender.ToString(), m.Kind.ToString(), m.Text, m.Amount))],
            [.. feedback.Select(f => new LearnerDataExport.FeedbackRow(f.RunId, f.OrderId, f.Day, f.At, f.IsGood, f.Code, f.LessonId))],
            [.. ledger.Select(e => new LearnerDataExport.LedgerRow(e.RunId, e.OrderId, e.ProductId, e.Day, e.Kind.ToString(), e.Amount, e.Note))]);
    }

    private async Task EnsureAllowedAsync(Actor actor, int learnerId, CancellationToken ct)
    {
        if (actor.Role is not (Role.Facilitator or Role.Admin) || actor.Id == learnerId || !await access.CanViewLearnerAsync(actor, learnerId, ct))
        {
            throw new LearnDomainException(ErrorKind.Forbidden, "access.denied", "You may not see or delete this learner's data.");
        }
    }
}
