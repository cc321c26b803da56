using System.Security.Cryptography;
using System.Text;
using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Auditing;
using Learn.Core.Errors;
using Learn.Core.Kader.Matching;
using Learn.Core.Lessons;
using Learn.Core.Storage;
using Learn.Core.Villages;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Kader;

/// <summary>
/// Pairs learners with kader and keeps the pairs right as people join and leave. Every change goes
/// through a plan from <see cref="MatchSolver"/>, is previewed where a person decides, and is saved in
/// one step with an audit entry (who, when, before, after, why) per learner.
/// </summary>
public sealed class KaderAssignmentService(LearnDbContext db, CourseCatalog courses, TimeProvider time, AccessPolicy access)
{
    /// <summary>Assigns a just-registered learner at once, saving their wishes first. Nobody else moves.</summary>
    public async Task<Placement?> AssignNewLearnerAsync(Actor actor, int learnerId, bool sameGender, string? language,
        CancellationToken ct = default)
    {
        var learner = await db.Accounts.SingleOrDefaultAsync(a => a.Id == learnerId && a.Role == Role.Learner, ct)
            ?? throw new LearnDomainException(ErrorKind.Forbidden, "access.denied", "There is no such learner.");
        if (!await access.CanManageVillageAsync(actor, learner.VillageId!.Value, ct))
        {
            throw new LearnDomainException(ErrorKind.Forbidden, "access.denied", "You may not assign kader in this village.");
        }

        var wish = await SetWishAsync(learnerId, sameGender, language, ct);
        var area = await LoadAreaAsync(learner.VillageId.Value, ct);
        var plan = Solve(area, l => l.Id == learnerId || !area.Assignments.ContainsKey(l.Id), mayMove: false,
            learnerOverride: l => l.Id == learnerId ? l with { WantsSameGender = wish.SameGender, Language = wish.Language } : l);
        Apply(area, plan, actor.Id, "new learner", onlyLearner: learnerId);
        await db.SaveChangesAsync(ct);
        return plan.Placements.GetValueOrDefault(learnerId);
    }

    /// <summary>
    /// Gives just-imported learners a kader at once, one district at a time, honouring each learner's preferred kader
    /// (from the file) wherever the hard rules allow; nobody who already has a kader moves. Says, per learner, who they
    /// got and why, or why they wait.
    /// </summary>
    public async Task<IReadOnlyList<ImportedPlacement>> AssignImportedAsync(Actor actor, IReadOnlyCollection<int> learnerIds,
        CancellationToken ct = default)
    {
        var wanted = learnerIds.ToHashSet();
        // One array parameter, not one per id: an import of 100,000 rows would pass SQLite's 32,766-parameter limit.
        var villageIds = await db.Accounts.AsNoTracking().Where(a => EF.Parameter(wanted).Contains(a.Id) && a.Role == Role.Learner && a.VillageId != null)
            .Select(a => a.VillageId!.Value).Distinct().OrderBy(v => v).ToListAsync(ct);
        var results = new List<ImportedPlacement>();
        var done = new HashSet<int>();
        foreach (var villageId in villageIds.Where(v => !done.Contains(v)))
        {
            if (!await access.CanManageVillageAsync(actor, villageId, ct))
            {
                throw new LearnDomainException(ErrorKind.Forbidden, "access.denied", "You may not assign kader in this village.");
            }

            var area = await LoadAreaAsync(villageId, ct);
            done.UnionWith(area.Villages.Select(v => v.Id));
            var plan = Solve(area, l => wanted.Contains(l.Id) && !area.Assignments.ContainsKey(l.Id), mayMove: false);
            Apply(area, plan, actor.Id, "roster import");
            foreach (var learner in area.Learners.Where(l => wanted.Contains(l.Id)))
            {
                var village = area.Villages.Single(v => v.Id == learner.VillageId).Name;
                if (plan.Placements.TryGetValue(learner.Id, out var placement))
                {
                    results.Add(new ImportedPlacement(learner.Id, placement.KaderId, area.NameOf(placement.KaderId), placement.Reasons, null, village));
                }
                else
                {
                    results.Add(new ImportedPlacement(learner.Id, null, null, [], plan.Unplaced.GetValueOrDefault(learner.Id), village));
                }
            }
        }

        await db.SaveChangesAsync(ct);
        return results;
    }

    /// <summary>A learner (or their staff) changes their wishes; their own pair is re-checked against them.</summary>
    public async Task ChangeWishAsync(Actor actor, int learnerId, bool sameGender, string? language, CancellationToken ct = default)
    {
        if (!await access.CanViewLearnerAsync(actor, learnerId, ct))
        {
            throw new LearnDomainException(ErrorKind.Forbidden, "access.denied", "You may not change this learner's wishes.");
        }

        var learner = await db.Accounts.SingleAsync(a => a.Id == learnerId, ct);
        var wish = await SetWishAsync(learnerId, sameGender, language, ct);
        var area = await LoadAreaAsync(learner.VillageId!.Value, ct);
        var plan = Solve(area, l => l.Id == learnerId, mayMove: false,
            learnerOverride: l => l with { WantsSameGender = wish.SameGender, Language = wish.Language });
        Apply(area, plan, actor.Id, "learner's wishes changed", onlyLearner: learnerId);
        db.AuditEntries.Add(new AuditEntry(time.GetUtcNow(), actor.Id, "tutor.wish_changed", learnerId,
            $"same gender: {(sameGender ? "yes" : "no")}; language: {language ?? "any"}"));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>What saving a kader's new settings would do to their learners (and to waiting learners).</summary>
    public async Task<AssignmentPreview> PreviewKaderChangeAsync(Actor actor, int kaderId, KaderSettings settings, CancellationToken ct = default)
    {
        var (area, plan, _) = await PlanKaderChangeAsync(actor, kaderId, settings, ct);
        return Preview(area, plan, kaderId, settings);
    }

    /// <summary>Saves a kader's new settings and moves only the learners who must move, if the plan still matches the preview.</summary>
    public async Task<AssignmentPreview> ApplyKaderChangeAsync(Actor actor, int kaderId, KaderSettings settings, string fingerprint,
        CancellationToken ct = default)
    {
        var (area, plan, profile) = await PlanKaderChangeAsync(actor, kaderId, settings, ct);
        var preview = Preview(area, plan);
        EnsureApplicable(preview, fingerprint);

        var now = time.GetUtcNow();
        var before = Describe(profile);
        profile.ChangeCapacity(settings.Capacity, now);
        profile.SetLanguages(settings.Languages, now);
        profile.SetAvailability(settings.Availability, now);
        profile.Certify(settings.CertifiedLevel, courses.Current.Levels.Count, now);
        if (settings.IsActive)
        {
            profile.Activate(now);
        }
        else
        {
            profile.Deactivate(now);
        }

        if (db.Entry(profile).State == EntityState.Detached)
        {
            db.KaderProfiles.Add(profile);
        }

        db.AuditEntries.Add(new AuditEntry(now, actor.Id, "tutor.kader_changed", kaderId, $"before: {before}; after: {Describe(profile)}"));
        Apply(area, plan, actor.Id, settings.IsActive ? "kader's settings changed" : "kader deactivated");
        await db.SaveChangesAsync(ct);
        return preview;
    }

    public async Task<AssignmentPreview> PreviewRebalanceAsync(Actor actor, int villageId, CancellationToken ct = default)
    {
        var (area, plan) = await PlanRebalanceAsync(actor, villageId, ct);
        return Preview(area, plan);
    }

    public async Task<AssignmentPreview> ApplyRebalanceAsync(Actor actor, int villageId, string fingerprint, CancellationToken ct = default)
    {
        var (area, plan) = await PlanRebalanceAsync(actor, villageId, ct);
        var preview = Preview(area, plan);
        EnsureApplicable(preview, fingerprint);
        Apply(area, plan, actor.Id, "village rebalanced");
        await db.SaveChangesAsync(ct);
        return preview;
    }

    /// <summary>A facilitator fixes a learner with a kader. Refused, changing nothing, when the pin cannot hold.</summary>
    public async Task<AssignmentPreview> PinAsync(Actor actor, int learnerId, int kaderId, CancellationToken ct = default)
    {
        var learner = await RequireFacilitatorOfLearnerAsync(actor, learnerId, ct);
        var area = await LoadAreaAsync(learner.VillageId!.Value, ct);
        if (area.Kader.All(k => k.Id != kaderId))
        {
            throw new LearnDomainException("kader.pin_impossible", "This kader is not in the learner's village or district.");
        }

        var others = area.Assignments.Values.Where(a => a.KaderId == kaderId).Select(a => a.LearnerId).ToHashSet();
        var plan = Solve(area, l => l.Id == learnerId || others.Contains(l.Id), mayMove: false,
            learnerOverride: l => l.Id == learnerId ? l with { CurrentKaderId = kaderId, IsPinned = true } : l);
        var preview = Preview(area, plan);
        EnsureApplicable(preview, preview.Fingerprint);

        var now = time.GetUtcNow();
        Apply(area, plan, actor.Id, "pinned by facilitator");
        var row = area.Assignments.GetValueOrDefault(learnerId) ?? db.KaderAssignments.Local.Single(a => a.LearnerId == learnerId);
        row.Pin();
        db.AuditEntries.Add(new AuditEntry(now, actor.Id, "tutor.pinned", learnerId, $"pinned to {area.NameOf(kaderId)} (#{kaderId})"));
        await db.SaveChangesAsync(ct);
        return preview;
    }

    public async Task UnpinAsync(Actor actor, int learnerId, CancellationToken ct = default)
    {
        await RequireFacilitatorOfLearnerAsync(actor, learnerId, ct);
        var row = await db.KaderAssignments.SingleOrDefaultAsync(a => a.LearnerId == learnerId, ct);
        if (row is { IsPinned: true })
        {
            row.Unpin();
            db.AuditEntries.Add(new AuditEntry(time.GetUtcNow(), actor.Id, "tutor.unpinned", learnerId, $"unpinned from #{row.KaderId}"));
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The district of a village as it stands, for the facilitator's overview.</summary>
    public async Task<(MatchingArea Area, MatchPlan AsIs)> OverviewAsync(Actor actor, int villageId, CancellationToken ct = default)
    {
        await RequireFacilitatorOfVillageAsync(actor, villageId, ct);
        var area = await LoadAreaAsync(villageId, ct);
        return (area, Solve(area, _ => true, mayMove: false));
    }

    /// <summary>Runs the matcher for every village; used after seeding a demo village.</summary>
    public async Task AssignEveryoneAsync(int? actorId, string why, CancellationToken ct = default)
    {
        var villageIds = await db.Villages.Select(v => v.Id).ToListAsync(ct);
        var done = new HashSet<int>();
        foreach (var villageId in villageIds.Where(done.Add))
        {
            var area = await LoadAreaAsync(villageId, ct);
            done.UnionWith(area.Villages.Select(v => v.Id));
            Apply(area, Solve(area, _ => true, mayMove: false), actorId, why);
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task<MatchingArea> LoadAreaAsync(int villageId, CancellationToken ct = default)
    {
        var village = await db.Villages.AsNoTracking().SingleAsync(v => v.Id == villageId, ct);
        var villages = await db.Villages.AsNoTracking().Of(village).OrderBy(v => v.Id).ToListAsync(ct);
        var ids = villages.Select(v => v.Id).ToList();
        var people = await db.Accounts.AsNoTracking()
            .Where(a => a.VillageId != null && ids.Contains(a.VillageId.Value) && (a.Role == Role.Kader || a.Role == Role.Learner))
            .OrderBy(a => a.Id).ToListAsync(ct);
        var kader = people.Where(a => a.Role == Role.Kader).ToList();
        var learners = people.Where(a => a.Role == Role.Learner && a.IsActive).ToList();
        var personIds = people.Select(p => p.Id).ToList();
        var progress = (await db.LessonProgress.AsNoTracking().Where(p => personIds.Contains(p.AccountId)).ToListAsync(ct))
            .ToLookup(p => p.AccountId);
        var unlocks = (await db.LevelUnlocks.AsNoTracking().Where(u => personIds.Contains(u.AccountId)).ToListAsync(ct))
            .ToLookup(u => u.AccountId);
        var course = courses.Current;
        var kaderIds = kader.Select(k => k.Id).ToList();
        var learnerIds = learners.Select(l => l.Id).ToList();
        var profiles = await db.KaderProfiles.Where(p => kaderIds.Contains(p.KaderId)).ToDictionaryAsync(p => p.KaderId, ct);
        var now = time.GetUtcNow();
        foreach (var k in kader.Where(k => !profiles.ContainsKey(k.Id)))
        {
            profiles[k.Id] = new KaderProfile(k.Id, now);
        }

        var own = kader.ToDictionary(k => k.Id, k => MasteredLevels(JourneyRules.Build(course, progress[k.Id], unlocks[k.Id])));
        return new MatchingArea
        {
            Villages = villages,
            Kader = kader,
            Profiles = profiles,
            OwnMasteredLevels = own,
            QualifiedUpTo = kader.ToDictionary(k => k.Id, k => Math.Max(own[k.Id], profiles[k.Id].CertifiedLevel ?? 0)),
            Learners = learners,
            LearnerLevels = learners.ToDictionary(l => l.Id, l => JourneyRules.Build(course, progress[l.Id], unlocks[l.Id]).CurrentLevel),
            Wishes = await db.KaderWishes.AsNoTracking().Where(w => learnerIds.Contains(w.LearnerId)).ToDictionaryAsync(w => w.LearnerId, ct),
            PreferredKader = await db.KaderPreferences.AsNoTracking().Where(p => learnerIds.Contains(p.LearnerId))
                .ToDictionaryAsync(p => p.LearnerId, p => p.KaderId, ct),
            Assignments = await db.KaderAssignments.Where(a => learnerIds.Contains(a.LearnerId)).ToDictionaryAsync(a => a.LearnerId, ct),
        };
    }

    /// <summary>Levels mastered in a row from level 1 (a placement skip counts as mastered).</summary>
    public static int MasteredLevels(Journey journey) =>
        journey.Levels.OrderBy(l => l.Level.Number).TakeWhile(l => l.IsMastered).Count();

    private static MatchPlan Solve(MatchingArea area, Func<Core.Accounts.Account, bool> inRun, bool mayMove,
        Func<MatchLearner, MatchLearner>? learnerOverride = null, int? changedKaderId = null, KaderSettings? change = null)
    {
        var run = area.Learners.Where(inRun).ToList();
        var runIds = run.Select(l => l.Id).ToHashSet();
        var reserved = area.Assignments.Values.Where(a => !runIds.Contains(a.LearnerId))
            .GroupBy(a => a.KaderId).ToDictionary(g => g.Key, g => g.Count());
        var kader = area.Kader.Select(k => area.ToMatch(k, reserved.GetValueOrDefault(k.Id), k.Id == changedKaderId ? change : null)).ToList();
        var learners = run.Select(l => (learnerOverride ?? (x => x))(area.ToMatch(l, mayMove))).ToList();
        return MatchSolver.Solve(new MatchProblem(area.MatchVillages(), kader, learners));
    }

    private async Task<(MatchingArea, MatchPlan, KaderProfile)> PlanKaderChangeAsync(Actor actor, int kaderId, KaderSettings settings,
        CancellationToken ct)
    {
        var kader = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == kaderId && a.Role == Role.Kader, ct)
            ?? throw new LearnDomainException(ErrorKind.Forbidden, "access.denied", "There is no such kader.");
        if (kader.VillageId is not { } villageId)
        {
            throw new LearnDomainException("kader.kader_without_village", "This kader has no village; set their village first.");
        }

        await RequireFacilitatorOfVillageAsync(actor, villageId, ct);

        // Run the profile's own rules on a scratch copy first: bad input stops here, before anything is planned.
        var scratch = new KaderProfile(kaderId, time.GetUtcNow());
        scratch.ChangeCapacity(settings.Capacity, time.GetUtcNow());
        scratch.SetLanguages(settings.Languages, time.GetUtcNow());
        scratch.Certify(settings.CertifiedLevel, courses.Current.Levels.Count, time.GetUtcNow());
        settings = settings with { Languages = [.. scratch.LanguageSet] };

        var area = await LoadAreaAsync(villageId, ct);
        var profile = area.Profiles[kaderId];
        var mine = area.Assignments.Values.Where(a => a.KaderId == kaderId).Select(a => a.LearnerId).ToHashSet();
        // Pins cannot outlive a kader who stops tutoring: their learners are placed again like the others.
        var plan = Solve(area, l => mine.Contains(l.Id) || !area.Assignments.ContainsKey(l.Id), mayMove: false,
            learnerOverride: l => !settings.IsActive && l.CurrentKaderId == kaderId ? l with { IsPinned = false } : l,
            changedKaderId: kaderId, change: settings);
        return (area, plan, profile);
    }

    private async Task<(MatchingArea, MatchPlan)> PlanRebalanceAsync(Actor actor, int villageId, CancellationToken ct)
    {
        await RequireFacilitatorOfVillageAsync(actor, villageId, ct);
        var area = await LoadAreaAsync(villageId, ct);
        return (area, Solve(area, l => l.VillageId == villageId || !area.Assignments.ContainsKey(l.Id), mayMove: true));
    }

    private static AssignmentPreview Preview(MatchingArea area, MatchPlan plan, int? changedKaderId = null, KaderSettings? change = null)
    {
        var names = area.Kader.Concat(area.Learners).ToDictionary(a => a.Id, a => a.Name);
        var villages = area.Villages.ToDictionary(v => v.Id, v => v.Name);
        if (!plan.IsFeasible)
        {
            return new AssignmentPreview([], plan.PinConflicts, names, villages, "conflict");
        }

        var changes = new List<AssignmentChange>();
        foreach (var learner in area.Learners)
        {
            var from = area.Assignments.GetValueOrDefault(learner.Id)?.KaderId;
            var placement = plan.Placements.GetValueOrDefault(learner.Id);
            var unplaced = plan.Unplaced.GetValueOrDefault(learner.Id);
            if (placement is null && unplaced is null)
            {
                continue; // not part of this run
            }

            var to = placement?.KaderId;
            if (from != to)
            {
                changes.Add(new AssignmentChange(learner.Id, learner.Name, from, from is { } f ? area.NameOf(f) : null,
                    to, to is { } t ? area.NameOf(t) : null, placement, unplaced));
            }
        }

        var text = string.Join(';', changes.Select(c => $"{c.LearnerId}:{c.FromKaderId}>{c.ToKaderId}"));
        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
        return new AssignmentPreview(changes, [], names, villages, fingerprint, ShortfallHints.For(area, plan, changedKaderId, change));
    }

    private static void EnsureApplicable(AssignmentPreview preview, string fingerprint)
    {
        if (!preview.CanApply)
        {
            var first = preview.Conflicts[0];
            throw new LearnDomainException("kader.pin_impossible",
                $"The pin of {preview.Names.GetValueOrDefault(first.LearnerId)} with {preview.Names.GetValueOrDefault(first.KaderId)} cannot hold: {first.Rule}.");
        }

        if (!string.Equals(preview.Fingerprint, fingerprint, StringComparison.Ordinal))
        {
            throw new LearnDomainException(ErrorKind.Conflict, "kader.plan_changed", "Things changed since the preview; look at the new preview and apply again.");
        }
    }

    /// <summary>Writes the plan's changes to the tracked rows, one audit entry per learner whose kader changes.</summary>
    private void Apply(MatchingArea area, MatchPlan plan, int? actorId, string why, int? onlyLearner = null)
    {
        var now = time.GetUtcNow();
        foreach (var learner in area.Learners.Where(l => onlyLearner is null || l.Id == onlyLearner))
        {
            var row = area.Assignments.GetValueOrDefault(learner.Id);
            if (plan.Placements.TryGetValue(learner.Id, out var placement))
            {
                var explanation = MatchReason.Format(placement.Reasons);
                if (row is null)
                {
                    db.KaderAssignments.Add(new KaderAssignment(learner.Id, placement.KaderId, placement.IsNeighbourVillage, explanation, now, actorId));
                    db.AuditEntries.Add(new AuditEntry(now, actorId, "tutor.assigned", learner.Id,
                        $"before: none; after: {area.NameOf(placement.KaderId)} (#{placement.KaderId}); why: {why}; {explanation}"));
                }
                else if (row.KaderId != placement.KaderId)
                {
                    var before = row.KaderId;
                    row.MoveTo(placement.KaderId, placement.IsNeighbourVillage, explanation, now, actorId);
                    db.AuditEntries.Add(new AuditEntry(now, actorId, "tutor.reassigned", learner.Id,
                        $"before: {area.NameOf(before)} (#{before}); after: {area.NameOf(placement.KaderId)} (#{placement.KaderId}); why: {why}; {explanation}"));
                }
            }
            else if (plan.Unplaced.TryGetValue(learner.Id, out var reason) && row is not null)
            {
                db.KaderAssignments.Remove(row);
                db.AuditEntries.Add(new AuditEntry(now, actorId, "tutor.unassigned", learner.Id,
                    $"before: {area.NameOf(row.KaderId)} (#{row.KaderId}); after: none; why: {why}; {reason.Code}"));
            }
        }
    }

    /// <summary>Records the wish in the change tracker (saved with the assignment), checked by the entity's rules.</summary>
    private async Task<KaderWish> SetWishAsync(int learnerId, bool sameGender, string? language, CancellationToken ct)
    {
        var wish = await db.KaderWishes.SingleOrDefaultAsync(w => w.LearnerId == learnerId, ct);
        if (wish is null)
        {
            wish = new KaderWish(learnerId, sameGender, language);
            db.KaderWishes.Add(wish);
        }
        else
        {
            wish.Change(sameGender, language);
        }

        return wish;
    }

    /// <summary>Whether the actor is a facilitator (or admin) of the village: who may see and change its pairs.</summary>
    public async Task<bool> IsFacilitatorOfVillageAsync(Actor actor, int villageId, CancellationToken ct = default) =>
        actor.Role is Role.Facilitator or Role.Admin && await access.CanManageVillageAsync(actor, villageId, ct);

    private async Task RequireFacilitatorOfVillageAsync(Actor actor, int villageId, CancellationToken ct)
    {
        if (!await IsFacilitatorOfVillageAsync(actor, villageId, ct))
        {
            throw new LearnDomainException(ErrorKind.Forbidden, "access.denied", "Only the village's facilitator may do this.");
        }
    }

    private async Task<Core.Accounts.Account> RequireFacilitatorOfLearnerAsync(Actor actor, int learnerId, CancellationToken ct)
    {
        var learner = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == learnerId && a.Role == Role.Learner, ct)
            ?? throw new LearnDomainException(ErrorKind.Forbidden, "access.denied", "There is no such learner.");
        await RequireFacilitatorOfVillageAsync(actor, learner.VillageId!.Value, ct);
        return learner;
    }

    private static string Describe(KaderProfile p) =>
        $"capacity {p.Capacity}, languages {p.Languages}, {(p.IsActive ? "active" : "inactive")}, certified level {p.CertifiedLevel?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}";
}
