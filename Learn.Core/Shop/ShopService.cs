using System.Globalization;
using System.Text.RegularExpressions;
using Learn.Core.Accounts;
using Learn.Core.Auditing;
using Learn.Core.Errors;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Shop.Scenarios;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Shop;

/// <summary>
/// The practice shop: products, scenario runs, simulated days, order steps judged against the scenario,
/// the cash book and the milestones they earn. Every learner step is one transaction.
/// </summary>
public sealed partial class ShopService(LearnDbContext db, ScenarioCatalog scenarios, TimeProvider time, AccessPolicy access)
{
    public const string MilestoneOrderFulfilled = "order-fulfilled";
    public const string MilestoneScamRefused = "scam-refused";
    public const string MilestonePositiveMargin = "positive-margin";
    public const string MilestoneListing = "listing-meets-rules";

    public Task<PracticeShop?> FindShopAsync(int learnerId, CancellationToken ct = default) =>
        db.Set<PracticeShop>().SingleOrDefaultAsync(s => s.LearnerId == learnerId, ct);

    /// <summary>The shop of a learner, for staff who may see that learner (a kader of the village, a facilitator, an admin).</summary>
    public async Task<PracticeShop?> FindShopForViewerAsync(Actor viewer, int learnerId, CancellationToken ct = default)
    {
        if (viewer.Id != learnerId && (viewer.Role == Role.Learner || !await access.CanViewLearnerAsync(viewer, learnerId, ct)))
        {
            return null;
        }

        return await FindShopAsync(learnerId, ct);
    }

    /// <summary>A product's photo file, for the people <see cref="FindShopForViewerAsync"/> lets see its shop; null for anyone else or no such product.</summary>
    public async Task<ProductPhotoFile?> FindPhotoForViewerAsync(Actor viewer, long productId, CancellationToken ct = default)
    {
        var found = await db.Set<ShopProduct>().AsNoTracking().Where(p => p.Id == productId)
            .Join(db.Set<PracticeShop>(), p => p.ShopId, s => s.Id, (p, s) => new { p.ShopId, p.PhotoFile, s.LearnerId })
            .SingleOrDefaultAsync(ct);
        return found is null || await FindShopForViewerAsync(viewer, found.LearnerId, ct) is null ? null : new ProductPhotoFile(found.ShopId, found.PhotoFile);
    }

    public async Task<PracticeShop> OpenAsync(int learnerId, string name, CancellationToken ct = default)
    {
        if (await FindShopAsync(learnerId, ct) is { } existing)
        {
            return existing;
        }

        var learner = await db.Accounts.SingleOrDefaultAsync(a => a.Id == learnerId && a.Role == Role.Learner, ct)
            ?? throw new LearnDomainException(ErrorKind.Forbidden, "shop.learners_only", "Only learners have a practice shop.");
        name = string.IsNullOrWhiteSpace(name) ? learner.Name : name.Trim();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var shop = new PracticeShop(learnerId, name.Length > 60 ? name[..60] : name, time.GetUtcNow());
        db.Add(shop);
        await db.SaveChangesAsync(ct);
        db.Add(new LedgerEntry(shop.Id, null, null, null, shop.Day, LedgerKind.Capital, PracticeShop.StartingCapital, LedgerEntry.StartingCapitalNote));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return shop;
    }

    public Task<List<ShopProduct>> ProductsAsync(long shopId, CancellationToken ct = default) =>
        db.Set<ShopProduct>().Where(p => p.ShopId == shopId).OrderBy(p => p.Id).ToListAsync(ct);

    public Task<ShopProduct?> FindProductAsync(long shopId, long productId, CancellationToken ct = default) =>
        db.Set<ShopProduct>().SingleOrDefaultAsync(p => p.ShopId == shopId && p.Id == productId, ct);

    /// <summary>Adds or changes a product; a listing that meets the rules for the first time earns its milestone.</summary>
    public async Task<ShopProduct> SaveProductAsync(PracticeShop shop, long? productId, ProductInput input, string? photoFile, CancellationToken ct = default)
    {
        ShopProduct product;
        if (productId is { } id)
        {
            product = await FindProductAsync(shop.Id, id, ct) ?? throw new LearnDomainException(ErrorKind.NotFound, "shop.not_found", "No such product.");
            product.Change(input.Name, input.Description, input.Price, input.Cost, input.Stock, input.WeightGrams);
        }
        else
        {
            if (await db.Set<ShopProduct>().CountAsync(p => p.ShopId == shop.Id, ct) >= 50)
            {
                throw new LearnDomainException("shop.too_many_products", "A practice shop holds up to 50 products.");
            }

            product = new ShopProduct(shop.Id, input.Name, input.Description, input.Price, input.Cost, input.Stock, input.WeightGrams);
            db.Add(product);
        }

        if (photoFile is not null)
        {
            product.UsePhoto(photoFile);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        if (ListingRules.AreMet(product))
        {
            var evidence = MilestoneEvidence.ForListing(product.Name, product.Id, shop.Id);
            if (!await db.Milestones.AnyAsync(m => m.LearnerId == shop.LearnerId && m.Key == MilestoneListing && m.Evidence == evidence, ct))
            {
                db.Milestones.Add(new Milestone(shop.LearnerId, MilestoneListing, time.GetUtcNow(), Trim(evidence)));
                await db.SaveChangesAsync(ct);
            }
        }

        await tx.CommitAsync(ct);
        return product;
    }

    public Task<ScenarioRun?> ActiveRunAsync(long shopId, CancellationToken ct = default) =>
        db.Set<ScenarioRun>().SingleOrDefaultAsync(r => r.ShopId == shopId && r.Status == RunStatus.Active, ct);

    public Task<List<ScenarioRun>> RunsAsync(long shopId, CancellationToken ct = default) =>
        db.Set<ScenarioRun>().Where(r => r.ShopId == shopId).OrderByDescending(r => r.Id).ToListAsync(ct);

    /// <summary>Scenario ids this learner has completed successfully: their lesson practice counts as done.</summary>
    public async Task<IReadOnlySet<string>> SucceededScenariosAsync(int learnerId, CancellationToken ct = default)
    {
        var ids = await db.Set<ScenarioRun>()
            .Where(r => r.Status == RunStatus.Succeeded && db.Set<PracticeShop>().Any(s => s.Id == r.ShopId && s.LearnerId == learnerId))
            .Select(r => r.ScenarioId).Distinct().ToListAsync(ct);
        return ids.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Starts a scenario. Without a seed, each replay of a scenario in a shop takes the next seed.</summary>
    public async Task<ScenarioRun> StartScenarioAsync(PracticeShop shop, string scenarioId, int? seed = null, CancellationToken ct = default)
    {
        var scenario = scenarios.Find(scenarioId) ?? throw new LearnDomainException("shop.scenario_unknown", "No such scenario.");
        if (await ActiveRunAsync(shop.Id, ct) is not null)
        {
            throw new LearnDomainException(ErrorKind.Conflict, "shop.run_active", "Finish or stop the scenario you are playing first.");
        }

        if (!await db.Set<ShopProduct>().AnyAsync(p => p.ShopId == shop.Id && p.Stock > 0, ct))
        {
            throw new LearnDomainException("shop.no_products", "Add a product with stock before you start a scenario.");
        }

        var replays = await db.Set<ScenarioRun>().CountAsync(r => r.ShopId == shop.Id && r.ScenarioId == scenarioId, ct);
        var run = new ScenarioRun(shop.Id, scenarioId, seed ?? (scenario.Seed + replays), shop.Day, time.GetUtcNow());
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Add(run);
        await db.SaveChangesAsync(ct);
        await ArriveAsync(shop, run, scenario, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return run;
    }

    public async Task StopScenarioAsync(PracticeShop shop, CancellationToken ct = default)
    {
        if (await ActiveRunAsync(shop.Id, ct) is { } run)
        {
            run.Stop(time.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>Moves the shop's clock one simulated day on: deliveries, payouts, reviews and new buyers arrive.</summary>
    public async Task<IReadOnlyList<Verdict>> FastForwardAsync(PracticeShop shop, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        shop.NextDay();
        var verdicts = new List<Verdict>();
        var shipped = await db.Set<ShopOrder>().Where(o => o.ShopId == shop.Id && o.Status == OrderStatus.Shipped).ToListAsync(ct);
        foreach (var order in shipped)
        {
            verdicts.AddRange(await ApplyAsync(shop, order, order.PassDay(shop.Day), ct));
        }

        if (await ActiveRunAsync(shop.Id, ct) is { } run && scenarios.Find(run.ScenarioId) is { } scenario)
        {
            await ArriveAsync(shop, run, scenario, ct);
        }

        await db.SaveChangesAsync(ct);
        await EvaluateAsync(shop, ct);
        await tx.CommitAsync(ct);
        return verdicts;
    }

    public Task<List<ShopOrder>> OrdersAsync(long shopId, CancellationToken ct = default) =>
        db.Set<ShopOrder>().Where(o => o.ShopId == shopId).OrderByDescending(o => o.Id).ToListAsync(ct);

    public Task<ShopOrder?> FindOrderAsync(long shopId, long orderId, CancellationToken ct = default) =>
        db.Set<ShopOrder>().SingleOrDefaultAsync(o => o.ShopId == shopId && o.Id == orderId, ct);

    public Task<List<ShopMessage>> MessagesAsync(long shopId, long orderId, CancellationToken ct = default) =>
        db.Set<ShopMessage>().Where(m => m.ShopId == shopId && m.OrderId == orderId).OrderBy(m => m.Id).ToListAsync(ct);

    public Task<List<ShopFeedback>> FeedbackAsync(long shopId, long? orderId = null, int take = 50, CancellationToken ct = default) =>
        db.Set<ShopFeedback>().Where(f => f.ShopId == shopId && (orderId == null || f.OrderId == orderId))
            .OrderByDescending(f => f.Id).Take(take).ToListAsync(ct);

    /// <summary>The learner opens the mutasi for an order; true when a line matches the amount to pay.</summary>
    public async Task<bool> CheckMutasiAsync(PracticeShop shop, ShopOrder order, CancellationToken ct = default)
    {
        order.CheckMutasi();
        await db.SaveChangesAsync(ct);
        return order.MoneyArrives;
    }

    public async Task<IReadOnlyList<Verdict>> ReplyAsync(PracticeShop shop, ShopOrder order, string text, CancellationToken ct = default)
    {
        db.Add(new ShopMessage(shop.Id, order.Id, shop.Day, MessageSender.Seller, MessageKind.Text, text));
        return await StepAsync(shop, order, order.Reply(), ct);
    }

    public Task<IReadOnlyList<Verdict>> ShipAsync(PracticeShop shop, ShopOrder order, string courier, string resi, CancellationToken ct = default)
    {
        resi = (resi ?? string.Empty).Trim().ToUpperInvariant();
        if (!Couriers.RatePerKg.ContainsKey(courier ?? string.Empty))
        {
            throw new LearnDomainException("shop.courier_unknown", "Choose a courier from the list.");
        }

        if (!ResiFormat().IsMatch(resi))
        {
            throw new LearnDomainException("shop.resi_invalid", "A tracking number has 8 to 20 letters and digits.");
        }

        return StepAsync(shop, order, order.Ship(courier!, resi, shop.Day), ct);
    }

    public Task<IReadOnlyList<Verdict>> RefuseAsync(PracticeShop shop, ShopOrder order, CancellationToken ct = default) =>
        StepAsync(shop, order, order.Refuse(), ct);

    public Task<IReadOnlyList<Verdict>> AnswerAsync(PracticeShop shop, ShopOrder order, bool accept, CancellationToken ct = default) =>
        StepAsync(shop, order, order.Answer(accept), ct);

    /// <summary>A line the learner writes in the cash book: capital added, another business cost, or money for the household.</summary>
    public async Task RecordAsync(PracticeShop shop, LedgerKind kind, long amount, string note, CancellationToken ct = default)
    {
        if (kind is not (LedgerKind.Capital or LedgerKind.Expense or LedgerKind.HouseholdDrawing))
        {
            throw new LearnDomainException("shop.ledger_kind", "Only capital, other costs and household money can be written by hand.");
        }

        if (amount is <= 0 or > 100_000_000)
        {
            throw new LearnDomainException("shop.ledger_amount", "The amount must be between Rp 1 and Rp 100.000.000.");
        }

        note = (note ?? string.Empty).Trim();
        if (note.Length is 0 or > 120)
        {
            throw new LearnDomainException("shop.ledger_note", "Say what it was for (up to 120 characters).");
        }

        db.Add(new LedgerEntry(shop.Id, null, null, null, shop.Day, kind, kind == LedgerKind.Capital ? amount : -amount, note));
        await db.SaveChangesAsync(ct);
    }

    public Task<List<LedgerEntry>> LedgerAsync(long shopId, CancellationToken ct = default) =>
        db.Set<LedgerEntry>().Where(e => e.ShopId == shopId).OrderBy(e => e.Day).ThenBy(e => e.Id).ToListAsync(ct);

    /// <summary>The simulated bank statement: money that really arrived, and nothing for edited receipts.</summary>
    public async Task<IReadOnlyList<BankLine>> MutasiAsync(long shopId, CancellationToken ct = default)
    {
        var orders = await db.Set<ShopOrder>().Where(o => o.ShopId == shopId && o.Payment == Payment.Transfer).ToListAsync(ct);
        var lines = orders.Where(o => o.MoneyArrives)
            .Select(o => new BankLine(o.PlacedDay, o.TransferAmount, $"TRSF DARI {o.BuyerName.ToUpperInvariant()}", o.Id))
            .ToList();
        var payouts = await db.Set<LedgerEntry>()
            .Where(e => e.ShopId == shopId && (e.Kind == LedgerKind.Sale || e.Kind == LedgerKind.MarketplaceFee) && e.Note != "transfer")
            .ToListAsync(ct);
        lines.AddRange(payouts.GroupBy(e => (e.Day, e.OrderId))
            .Select(g => new BankLine(g.Key.Day, g.Sum(e => e.Amount), "PENCAIRAN MARKETPLACE", g.Key.OrderId)));
        return [.. lines.OrderByDescending(l => l.Day).ThenByDescending(l => l.OrderId)];
    }

    public async Task<ShopStats> StatsAsync(PracticeShop shop, CancellationToken ct = default)
    {
        var ledger = await LedgerAsync(shop.Id, ct);
        var orders = await db.Set<ShopOrder>().Where(o => o.ShopId == shop.Id).ToListAsync(ct);
        var products = await ProductsAsync(shop.Id, ct);
        var days = Enumerable.Range(1, shop.Day)
            .Select(d => new DayTurnover(d, ledger.Where(e => e.Day == d && e.Kind == LedgerKind.Sale).Sum(e => e.Amount)))
            .ToList();
        var perProduct = products.Select(p =>
        {
            var sold = orders.Where(o => o.ProductId == p.Id && o.Status is not (OrderStatus.Cancelled or OrderStatus.Refused)).ToList();
            var book = new CashBook(ledger.Where(e => e.ProductId == p.Id));
            return new ProductStats(p.Id, p.Name, p.Visits, sold.Count, sold.Sum(o => o.Quantity), book.NetSales, book.Profit);
        }).OrderByDescending(p => p.Units).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        return new ShopStats(days, perProduct);
    }

    public async Task<RunProgress?> ProgressAsync(PracticeShop shop, ScenarioRun run, CancellationToken ct = default)
    {
        if (scenarios.Find(run.ScenarioId) is not { } scenario)
        {
            return null;
        }

        var feedback = await db.Set<ShopFeedback>().Where(f => f.RunId == run.Id).ToListAsync(ct);
        var fulfilled = await db.Set<ShopOrder>().CountAsync(o => o.RunId == run.Id && o.Status == OrderStatus.Completed && !o.HadMistake, ct);
        var profit = new CashBook(await db.Set<LedgerEntry>().Where(e => e.RunId == run.Id).ToListAsync(ct)).Profit;
        var listingOk = (await ProductsAsync(shop.Id, ct)).Any(ListingRules.AreMet);
        var s = scenario.Success;
        return new RunProgress(fulfilled, s.Fulfilled, feedback.Count(f => f.ScamRefused), s.ScamsRefused, feedback.Count(f => !f.IsGood),
            s.MaxMistakes, profit, s.PositiveMargin, listingOk, s.ListingMeetsRules);
    }

    /// <summary>A facilitator (or admin) empties a learner's practice shop. Milestones already earned stay.</summary>
    public async Task ResetAsync(Actor actor, int learnerId, CancellationToken ct = default)
    {
        if (actor.Role is not (Role.Facilitator or Role.Admin) || !await access.CanViewLearnerAsync(actor, learnerId, ct))
        {
            throw new LearnDomainException(ErrorKind.Forbidden, "access.denied", "You may not reset this shop.");
        }

        var shop = await FindShopAsync(learnerId, ct) ?? throw new LearnDomainException(ErrorKind.NotFound, "shop.not_found", "This learner has no practice shop.");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Set<ShopMessage>().Where(m => m.ShopId == shop.Id).ExecuteDeleteAsync(ct);
        await db.Set<ShopFeedback>().Where(f => f.ShopId == shop.Id).ExecuteDeleteAsync(ct);
        await db.Set<LedgerEntry>().Where(e => e.ShopId == shop.Id).ExecuteDeleteAsync(ct);
        await db.Set<ShopOrder>().Where(o => o.ShopId == shop.Id).ExecuteDeleteAsync(ct);
        await db.Set<ScenarioRun>().Where(r => r.ShopId == shop.Id).ExecuteDeleteAsync(ct);
        await db.Set<ShopProduct>().Where(p => p.ShopId == shop.Id).ExecuteDeleteAsync(ct);
        shop.Restart();
        db.Add(new LedgerEntry(shop.Id, null, null, null, shop.Day, LedgerKind.Capital, PracticeShop.StartingCapital, LedgerEntry.StartingCapitalNote));
        db.AuditEntries.Add(new AuditEntry(time.GetUtcNow(), actor.Id, "shop.reset", learnerId, $"practice shop {shop.Id} reset"));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private async Task<IReadOnlyList<Verdict>> StepAsync(PracticeShop shop, ShopOrder order, OrderOutcome outcome, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var verdicts = await ApplyAsync(shop, order, outcome, ct);
        await db.SaveChangesAsync(ct);
        await EvaluateAsync(shop, ct);
        await tx.CommitAsync(ct);
        return verdicts;
    }

    private async Task<IReadOnlyList<Verdict>> ApplyAsync(PracticeShop shop, ShopOrder order, OrderOutcome outcome, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var run = await db.Set<ScenarioRun>().SingleAsync(r => r.Id == order.RunId, ct);
        var evidence = MilestoneEvidence.ForRun(run.ScenarioId, run.Id, run.Seed, order.Id);
        foreach (var verdict in outcome.Verdicts)
        {
            db.Add(new ShopFeedback(shop.Id, run.Id, order.Id, shop.Day, now, verdict));
            if (verdict.ScamRefused)
            {
                db.Milestones.Add(new Milestone(shop.LearnerId, MilestoneScamRefused, now, Trim($"{evidence}: {verdict.Code}")));
            }
        }

        foreach (var line in outcome.Lines)
        {
            db.Add(new LedgerEntry(shop.Id, run.Id, order.Id, order.ProductId, shop.Day, line.Kind, line.Amount, line.Note));
        }

        foreach (var (sender, kind, amount) in outcome.Messages)
        {
            db.Add(new ShopMessage(shop.Id, order.Id, shop.Day, sender, kind, null, amount));
        }

        if (outcome.ReleasedStock && await FindProductAsync(shop.Id, order.ProductId, ct) is { } product)
        {
            product.Restock(order.Quantity);
        }

        if (outcome.FulfilledWell)
        {
            db.Milestones.Add(new Milestone(shop.LearnerId, MilestoneOrderFulfilled, now, Trim(evidence)));
        }

        return outcome.Verdicts;
    }

    /// <summary>Buyers due by the shop's current day arrive; each takes stock of a product they can buy.</summary>
    private async Task ArriveAsync(PracticeShop shop, ScenarioRun run, Scenario scenario, CancellationToken ct)
    {
        var today = run.ScenarioDay(shop.Day);
        var products = await ProductsAsync(shop.Id, ct);
        if (today <= scenario.Days)
        {
            foreach (var product in products)
            {
                product.AddVisits(ScenarioEngine.VisitsFor(run.Seed, today, (int)product.Id));
            }
        }

        var due = ScenarioEngine.Plan(scenario, run.Seed).Skip(run.Arrived).TakeWhile(p => p.Day <= today).ToList();
        foreach (var plan in due)
        {
            run.BuyerArrived();
            var inStock = products.Where(p => p.Stock >= plan.Quantity).ToList();
            if (inStock.Count == 0)
            {
                db.Add(new ShopFeedback(shop.Id, run.Id, null, shop.Day, time.GetUtcNow(), Verdict.Mistake("missed_out_of_stock", ShopLessons.Stock)));
                continue;
            }

            var product = inStock[plan.ProductPick % inStock.Count];
            product.Reserve(plan.Quantity);
            var order = new ShopOrder(shop.Id, run.Id, plan, product, shop.Day);
            db.Add(order);
            await db.SaveChangesAsync(ct);
            Say(MessageSender.Marketplace, MessageKind.OrderPlaced, order.Subtotal);
            if (plan.Question is { } question)
            {
                db.Add(new ShopMessage(shop.Id, order.Id, shop.Day, MessageSender.Buyer, MessageKind.Text, question));
            }

            switch (plan.Payment)
            {
                case Payment.Transfer:
                    Say(MessageSender.Buyer, MessageKind.PaymentClaim, order.TransferAmount);
                    break;
                case Payment.EWallet:
                    Say(MessageSender.Marketplace, MessageKind.PaidByMarketplace, order.Subtotal);
                    break;
                case Payment.Cod:
                    Say(MessageSender.Marketplace, MessageKind.PayOnDelivery, order.Subtotal);
                    break;
            }

            switch (plan.Twist)
            {
                case Twist.FakeReceipt:
                    Say(MessageSender.Buyer, MessageKind.FakeReceipt, order.TransferAmount);
                    break;
                case Twist.ApkLink:
                    Say(MessageSender.Buyer, MessageKind.ApkLink, 0);
                    break;
                case Twist.Overpaid:
                    Say(MessageSender.Buyer, MessageKind.OverpaidClaim, order.ScamAmount);
                    break;
                case Twist.Cancel:
                    Say(MessageSender.Buyer, MessageKind.CancelRequest, 0);
                    break;
                case Twist.OtpRequest:
                    Say(MessageSender.Buyer, MessageKind.OtpRequest, 0);
                    break;
                case Twist.FakeMarketplaceService:
                    Say(MessageSender.Unknown, MessageKind.MarketplaceService, 0);
                    break;
            }

            void Say(MessageSender sender, MessageKind kind, long amount) =>
                db.Add(new ShopMessage(shop.Id, order.Id, shop.Day, sender, kind, null, amount));
        }
    }

    /// <summary>Ends the active run once every buyer has come and every order is settled, and judges it.</summary>
    private async Task EvaluateAsync(PracticeShop shop, CancellationToken ct)
    {
        if (await ActiveRunAsync(shop.Id, ct) is not { } run || scenarios.Find(run.ScenarioId) is not { } scenario)
        {
            return;
        }

        var planned = ScenarioEngine.Plan(scenario, run.Seed).Count;
        var orders = await db.Set<ShopOrder>().Where(o => o.RunId == run.Id).ToListAsync(ct);
        if (run.Arrived < planned || orders.Any(o => !o.IsSettled))
        {
            return;
        }

        var progress = (await ProgressAsync(shop, run, ct))!;
        var now = time.GetUtcNow();
        run.Finish(progress.Succeeded, Trim(progress.ToString()), now);
        if (progress.Profit > 0)
        {
            db.Milestones.Add(new Milestone(shop.LearnerId, MilestonePositiveMargin, now,
                Trim(string.Create(CultureInfo.InvariantCulture, $"scenario {run.ScenarioId}, run {run.Id} (seed {run.Seed}): profit Rp {progress.Profit}"))));
        }

        await db.SaveChangesAsync(ct);
    }

    private static string Trim(string evidence) => evidence.Length > 300 ? evidence[..300] : evidence;

    [GeneratedRegex("^[A-Z0-9]{8,20}$")]
    private static partial Regex ResiFormat();
}
