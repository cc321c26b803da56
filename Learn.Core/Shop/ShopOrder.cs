using Learn.Core.Errors;
using Learn.Core.Shop.Scenarios;

namespace Learn.Core.Shop;

/// <summary>
/// A simulated buyer's order and its life: paid or not, shipped, delivered, reviewed, cancelled, returned.
/// Each learner step returns an <see cref="OrderOutcome"/> that says what was right or wrong and why.
/// </summary>
public sealed class ShopOrder
{
    /// <summary>The marketplace's fee on e-wallet and COD orders, in basis points (5%).</summary>
    public const long MarketplaceFeeBasisPoints = 500;

    /// <summary>
    /// A fixed fee per completed order on top of the percentage, as real marketplaces charge (Shopee's
    /// Rp1,250 since July 2025), so the cash book teaches the same sum as the pricing lesson.
    /// </summary>
    public const long MarketplaceFeePerOrder = 1_250;

    /// <summary>What the marketplace keeps from a completed order's payout.</summary>
    public static long MarketplaceFeeOn(long subtotal) => (subtotal * MarketplaceFeeBasisPoints / 10_000) + MarketplaceFeePerOrder;

    private ShopOrder()
    {
        BuyerName = City = ProductName = string.Empty;
    }

    public ShopOrder(long shopId, long runId, PlannedOrder plan, ShopProduct product, int day)
    {
        ShopId = shopId;
        RunId = runId;
        Sequence = plan.Sequence;
        BuyerName = plan.BuyerName;
        City = plan.City;
        ProductId = product.Id;
        ProductName = product.Name;
        Quantity = plan.Quantity;
        UnitPrice = product.Price;
        UnitCost = product.Cost;
        WeightGrams = product.WeightGrams * plan.Quantity;
        Payment = plan.Payment;
        Twist = plan.Twist;
        PlannedReview = plan.Review;
        CourierDays = plan.CourierDays;
        ScamAmount = plan.ScamAmount;
        TransferAmount = plan.Payment == Payment.Transfer ? (UnitPrice * Quantity) + plan.UniqueCode : 0;
        QuestionPending = plan.Question is not null;
        PlacedDay = day;
        Prompt = plan.Twist switch
        {
            Twist.Overpaid => OrderPrompt.OverpaidRefund,
            Twist.ApkLink => OrderPrompt.ApkLink,
            Twist.Cancel => OrderPrompt.Cancellation,
            Twist.OtpRequest => OrderPrompt.OtpRequest,
            Twist.FakeMarketplaceService => OrderPrompt.MarketplaceService,
            _ => OrderPrompt.None,
        };
    }

    public long Id { get; private set; }

    public long ShopId { get; private set; }

    public long RunId { get; private set; }

    public int Sequence { get; private set; }

    public string BuyerName { get; private set; }

    public string City { get; private set; }

    public long ProductId { get; private set; }

    public string ProductName { get; private set; }

    public int Quantity { get; private set; }

    public long UnitPrice { get; private set; }

    public long UnitCost { get; private set; }

    public int WeightGrams { get; private set; }

    public Payment Payment { get; private set; }

    public Twist Twist { get; private set; }

    public int PlannedReview { get; private set; }

    public int CourierDays { get; private set; }

    public long ScamAmount { get; private set; }

    /// <summary>What the buyer must transfer: the price plus a unique code, so the mutasi line can be matched.</summary>
    public long TransferAmount { get; private set; }

    public int PlacedDay { get; private set; }

    public OrderStatus Status { get; private set; }

    public OrderPrompt Prompt { get; private set; }

    public bool QuestionPending { get; private set; }

    public bool MutasiChecked { get; private set; }

    public string? Courier { get; private set; }

    public string? Resi { get; private set; }

    public long ShippingFee { get; private set; }

    public int? ShippedDay { get; private set; }

    public int? DeliveredDay { get; private set; }

    public int? Stars { get; private set; }

    public bool HadMistake { get; private set; }

    public long Subtotal => UnitPrice * Quantity;

    /// <summary>True when real money from this order shows in the mutasi.</summary>
    public bool MoneyArrives => Payment == Payment.Transfer && !Twists.NeverPays(Twist);

    public bool IsClosed => Status is OrderStatus.Completed or OrderStatus.Cancelled or OrderStatus.Refused or OrderStatus.Returned;

    public bool IsSettled => IsClosed && Prompt == OrderPrompt.None;

    /// <summary>A request in the chat that must be answered before the order can be shipped or declined.</summary>
    public bool MustAnswerFirst => Prompt is OrderPrompt.OverpaidRefund or OrderPrompt.ApkLink or OrderPrompt.OtpRequest or OrderPrompt.MarketplaceService;

    /// <summary>The learner looks at the bank statement for this order's payment.</summary>
    public void CheckMutasi()
    {
        if (Payment == Payment.Transfer && Status == OrderStatus.New)
        {
            MutasiChecked = true;
        }
    }

    public OrderOutcome Reply()
    {
        var outcome = new OrderOutcome();
        if (QuestionPending)
        {
            QuestionPending = false;
            outcome.Verdicts.Add(Verdict.Good("question_answered", ShopLessons.Chat));
        }

        return outcome;
    }

    public OrderOutcome Ship(string courier, string resi, int day)
    {
        if (Status != OrderStatus.New)
        {
            throw new LearnDomainException(ErrorKind.Conflict, "shop.order_not_new", "This order can no longer be shipped.");
        }

        if (MustAnswerFirst)
        {
            throw new LearnDomainException("shop.answer_first", "Answer the buyer's request in the chat first.");
        }

        var fee = Couriers.FeeFor(courier, WeightGrams);
        var outcome = new OrderOutcome();
        if (Payment == Payment.Transfer)
        {
            if (!MoneyArrives)
            {
                Mistake(outcome, Twist == Twist.FakeReceipt ? "fake_receipt_shipped" : "unpaid_shipped",
                    Twist == Twist.FakeReceipt ? ShopLessons.Scams : ShopLessons.Payments);
            }
            else if (!MutasiChecked)
            {
                Mistake(outcome, "shipped_unchecked", ShopLessons.Payments);
            }
            else
            {
                outcome.Verdicts.Add(Verdict.Good("paid_checked", ShopLessons.Payments));
            }
        }
        else if (Prompt != OrderPrompt.Cancellation)
        {
            outcome.Verdicts.Add(Verdict.Good("shipped", ShopLessons.Orders));
        }

        if (Prompt == OrderPrompt.Cancellation)
        {
            Mistake(outcome, "cancel_ignored", ShopLessons.Chat);
        }

        if (QuestionPending)
        {
            Mistake(outcome, "question_ignored", ShopLessons.Chat);
            QuestionPending = false;
        }

        Status = OrderStatus.Shipped;
        Courier = courier;
        Resi = resi;
        ShippedDay = day;
        ShippingFee = fee;
        outcome.Lines.Add(new LedgerLine(LedgerKind.GoodsCost, -UnitCost * Quantity, "goods"));
        outcome.Lines.Add(new LedgerLine(LedgerKind.ShippingFee, -fee, courier));
        if (MoneyArrives)
        {
            outcome.Lines.Add(new LedgerLine(LedgerKind.Sale, TransferAmount, "transfer"));
        }

        if (Twist == Twist.FakeCourierFee)
        {
            Prompt = OrderPrompt.CourierFee;
            outcome.Messages.Add((MessageSender.Courier, MessageKind.CourierFee, ScamAmount));
        }

        return outcome;
    }

    /// <summary>The learner declines the order (no payment, a fake receipt, or a cancellation).</summary>
    public OrderOutcome Refuse()
    {
        if (Status != OrderStatus.New)
        {
            throw new LearnDomainException(ErrorKind.Conflict, "shop.order_not_new", "Only a new order can be declined.");
        }

        var outcome = new OrderOutcome();
        if (Prompt == OrderPrompt.Cancellation)
        {
            return Answer(accept: true);
        }

        if (MustAnswerFirst)
        {
            throw new LearnDomainException("shop.answer_first", "Answer the buyer's request in the chat first.");
        }

        if (Payment != Payment.Transfer || MoneyArrives)
        {
            Mistake(outcome, "refused_paid", ShopLessons.Orders);
        }
        else if (Twist == Twist.FakeReceipt)
        {
            outcome.Verdicts.Add(Verdict.Good("fake_receipt_refused", ShopLessons.Scams, scamRefused: true));
        }
        else
        {
            outcome.Verdicts.Add(Verdict.Good("refused_unpaid", ShopLessons.Payments));
        }

        Status = OrderStatus.Refused;
        outcome.ReleasedStock = true;
        return outcome;
    }

    /// <summary>The learner's yes (<paramref name="accept"/>) or no to the request waiting in the chat.</summary>
    public OrderOutcome Answer(bool accept)
    {
        var outcome = new OrderOutcome();
        switch (Prompt)
        {
            case OrderPrompt.OverpaidRefund when accept:
                Mistake(outcome, "overpaid_refunded", ShopLessons.Scams);
                outcome.Lines.Add(new LedgerLine(LedgerKind.Refund, -ScamAmount, "overpaid"));
                break;
            case OrderPrompt.OverpaidRefund:
                outcome.Verdicts.Add(Verdict.Good("overpaid_refused", ShopLessons.Scams, scamRefused: true));
                break;
            case OrderPrompt.CourierFee when accept:
                Mistake(outcome, "courier_fee_paid", ShopLessons.Scams);
                outcome.Lines.Add(new LedgerLine(LedgerKind.Expense, -ScamAmount, "courier fee"));
                break;
            case OrderPrompt.CourierFee:
                outcome.Verdicts.Add(Verdict.Good("courier_fee_refused", ShopLessons.Scams, scamRefused: true));
                break;
            case OrderPrompt.ApkLink when accept:
                Mistake(outcome, "apk_opened", ShopLessons.Scams);
                break;
            case OrderPrompt.ApkLink:
                outcome.Verdicts.Add(Verdict.Good("apk_refused", ShopLessons.Scams, scamRefused: true));
                break;
            case OrderPrompt.OtpRequest when accept:
                Mistake(outcome, "otp_sent", ShopLessons.Otp);
                break;
            case OrderPrompt.OtpRequest:
                outcome.Verdicts.Add(Verdict.Good("otp_refused", ShopLessons.Otp, scamRefused: true));
                break;
            case OrderPrompt.MarketplaceService when accept:
                Mistake(outcome, "service_link_opened", ShopLessons.Scams);
                break;
            case OrderPrompt.MarketplaceService:
                outcome.Verdicts.Add(Verdict.Good("service_link_refused", ShopLessons.Scams, scamRefused: true));
                break;
            case OrderPrompt.ParcelReturned:
                if (accept)
                {
                    outcome.Verdicts.Add(Verdict.Good("cod_return_recorded", ShopLessons.Payments));
                }
                else
                {
                    Mistake(outcome, "cod_resent", ShopLessons.Payments);
                    outcome.Lines.Add(new LedgerLine(LedgerKind.ShippingFee, -ShippingFee, "resent"));
                }

                break;
            case OrderPrompt.FalseComplaint when accept:
                Mistake(outcome, "false_complaint_refunded", ShopLessons.Chat);
                outcome.Lines.Add(new LedgerLine(LedgerKind.Refund, -(Payment == Payment.Transfer ? TransferAmount : Subtotal), "complaint"));
                Status = OrderStatus.Completed;
                Stars = PlannedReview;
                outcome.Messages.Add((MessageSender.Buyer, MessageKind.Review, Stars.Value));
                break;
            case OrderPrompt.FalseComplaint:
                outcome.Verdicts.Add(Verdict.Good("false_complaint_checked", ShopLessons.Chat, scamRefused: true));
                Status = OrderStatus.Completed;
                Stars = 3;
                outcome.Messages.Add((MessageSender.Buyer, MessageKind.Review, Stars.Value));
                outcome.FulfilledWell = !HadMistake;
                break;
            case OrderPrompt.Cancellation:
                if (accept)
                {
                    outcome.Verdicts.Add(Verdict.Good("cancel_accepted", ShopLessons.Chat));
                }
                else
                {
                    Mistake(outcome, "cancel_declined", ShopLessons.Chat);
                }

                Status = OrderStatus.Cancelled;
                outcome.ReleasedStock = true;
                break;
            case OrderPrompt.Complaint:
                if (accept)
                {
                    outcome.Verdicts.Add(Verdict.Good("complaint_refunded", ShopLessons.Chat));
                    outcome.Lines.Add(new LedgerLine(LedgerKind.Refund, -(Payment == Payment.Transfer ? TransferAmount : Subtotal), "complaint"));
                    Stars = 4;
                }
                else
                {
                    Mistake(outcome, "complaint_rejected", ShopLessons.Chat);
                    Stars = 1;
                }

                Status = OrderStatus.Completed;
                outcome.Messages.Add((MessageSender.Buyer, MessageKind.Review, Stars.Value));
                outcome.FulfilledWell = !HadMistake;
                break;
            default:
                throw new LearnDomainException("shop.nothing_to_answer", "There is no request to answer.");
        }

        Prompt = OrderPrompt.None;
        return outcome;
    }

    /// <summary>Moves a shipped order on when its day comes: delivery, payout, review or complaint, or a return.</summary>
    public OrderOutcome PassDay(int day)
    {
        var outcome = new OrderOutcome();
        if (Status != OrderStatus.Shipped || ShippedDay + CourierDays > day)
        {
            return outcome;
        }

        DeliveredDay = day;
        if (Twist == Twist.CodRefused)
        {
            // The buyer will not pay at the door: nothing is paid out, the goods come back, the return trip costs again.
            Status = OrderStatus.Returned;
            outcome.ReleasedStock = true;
            outcome.Lines.Add(new LedgerLine(LedgerKind.GoodsCost, UnitCost * Quantity, "returned goods"));
            outcome.Lines.Add(new LedgerLine(LedgerKind.ShippingFee, -ShippingFee, "return"));
            outcome.Messages.Add((MessageSender.Courier, MessageKind.CodRefused, Subtotal));
            Prompt = OrderPrompt.ParcelReturned;
            return outcome;
        }

        if (Twist == Twist.Cancel)
        {
            // The buyer who cancelled refuses the parcel: it comes back, and the return trip costs again.
            Status = OrderStatus.Returned;
            outcome.ReleasedStock = true;
            outcome.Lines.Add(new LedgerLine(LedgerKind.GoodsCost, UnitCost * Quantity, "returned goods"));
            outcome.Lines.Add(new LedgerLine(LedgerKind.ShippingFee, -ShippingFee, "return"));
            return outcome;
        }

        Status = OrderStatus.Delivered;
        outcome.Messages.Add((MessageSender.Marketplace, MessageKind.Delivered, 0));
        if (Payment != Payment.Transfer)
        {
            outcome.Lines.Add(new LedgerLine(LedgerKind.Sale, Subtotal, "payout"));
            outcome.Lines.Add(new LedgerLine(LedgerKind.MarketplaceFee, -MarketplaceFeeOn(Subtotal), "fee"));
        }

        if (Twist == Twist.Complaint)
        {
            Prompt = OrderPrompt.Complaint;
            outcome.Messages.Add((MessageSender.Buyer, MessageKind.Complaint, 0));
            return outcome;
        }

        if (Twist == Twist.FalseComplaint)
        {
            Prompt = OrderPrompt.FalseComplaint;
            outcome.Messages.Add((MessageSender.Buyer, MessageKind.FalseComplaint, Subtotal));
            return outcome;
        }

        Stars = HadMistake ? Math.Min(PlannedReview, 3) : PlannedReview;
        Status = OrderStatus.Completed;
        outcome.Messages.Add((MessageSender.Buyer, MessageKind.Review, Stars.Value));
        outcome.FulfilledWell = !HadMistake;
        return outcome;
    }

    private void Mistake(OrderOutcome outcome, string code, string lesson)
    {
        HadMistake = true;
        outcome.Verdicts.Add(Verdict.Mistake(code, lesson));
    }
}
