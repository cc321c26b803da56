using Learn.Core;
using Learn.Core.Shop;

namespace Learn.Tests.Core.Shop;

public sealed class CashBookTests
{
    private static LedgerEntry Line(LedgerKind kind, long amount, long? product = null) => new(1, null, null, product, 1, kind, amount, "x");

    [Fact]
    public void TheBalanceIsTheSumOfEveryLine()
    {
        var lines = new[]
        {
            Line(LedgerKind.Capital, 500_000), Line(LedgerKind.Sale, 50_123), Line(LedgerKind.GoodsCost, -20_000),
            Line(LedgerKind.ShippingFee, -9_000), Line(LedgerKind.MarketplaceFee, -2_506), Line(LedgerKind.Refund, -7_000),
            Line(LedgerKind.Expense, -3_000), Line(LedgerKind.HouseholdDrawing, -100_000), Line(LedgerKind.GoodsCost, 4_000),
        };
        var book = new CashBook(lines);
        Assert.Equal(lines.Sum(l => l.Amount), book.Balance);
        Assert.Equal(book.Balance, book.Capital + book.Profit - book.Drawings);
    }

    [Fact]
    public void TheMarginIsComputedExactly()
    {
        // Sales 30 000, costs 23 100: profit 6 900, margin exactly 6 900 / 30 000 = 23%.
        var book = new CashBook([Line(LedgerKind.Sale, 30_000), Line(LedgerKind.GoodsCost, -20_000), Line(LedgerKind.ShippingFee, -3_100)]);
        Assert.Equal(6_900, book.Profit);
        Assert.Equal(new Ratio(6_900, 30_000), book.Margin);
        Assert.Equal(2_300, book.Margin.BasisPoints);
        Assert.Equal("23.0%", book.Margin.ToPercent(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AMarginOfAThirdRoundsToTheNearestBasisPoint() =>
        Assert.Equal(3_333, new Ratio(1, 3).BasisPoints);

    [Fact]
    public void ARefundReversesASaleExactly()
    {
        var before = new CashBook([Line(LedgerKind.Capital, 500_000)]);
        var after = new CashBook([Line(LedgerKind.Capital, 500_000), Line(LedgerKind.Sale, 37_481), Line(LedgerKind.Refund, -37_481)]);
        Assert.Equal(before.Balance, after.Balance);
        Assert.Equal(0, after.NetSales);
        Assert.Equal(0, after.Profit);
    }

    [Fact]
    public void ALineWithTheWrongSignIsRefused()
    {
        Assert.Equal("ledger.amount_sign", Assert.Throws<LearnDomainException>(() => Line(LedgerKind.Sale, -1)).Code);
        Assert.Equal("ledger.amount_sign", Assert.Throws<LearnDomainException>(() => Line(LedgerKind.Refund, 1)).Code);
    }
}
