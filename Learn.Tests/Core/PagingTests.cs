using Learn.Core;

namespace Learn.Tests.Core;

public sealed class PagingTests
{
    [Theory]
    [InlineData(0, 25, 1)]
    [InlineData(1, 25, 1)]
    [InlineData(25, 25, 1)]
    [InlineData(26, 25, 2)]
    [InlineData(51, 25, 3)]
    public void ThereIsAlwaysAPageAndALastPartPageCounts(int total, int size, int pages) =>
        Assert.Equal(pages, Paging.CountPages(total, size));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-3, 1)]
    [InlineData(2, 2)]
    [InlineData(99, 3)]
    public void APageNumberOutsideTheRangeShowsTheNearestPage(int requested, int shown)
    {
        var paging = Paging.Of(60, 25, requested);
        Assert.Equal(shown, paging.Number);
        Assert.Equal((shown - 1) * 25, paging.Skip);
    }

    [Fact]
    public void TheLastPageHoldsWhatIsLeft() =>
        Assert.Equal([51, 52], Paging.Of(52, 25, 3).Apply(Enumerable.Range(1, 52)));
}
