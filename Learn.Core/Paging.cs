namespace Learn.Core;

/// <summary>
/// The paging rule, once: there is always at least one page, and a page number outside the range
/// shows the nearest page (a stale link after rows went away still lands somewhere).
/// </summary>
public sealed record Paging(int Total, int PageSize, int Number)
{
    public static Paging Of(int total, int pageSize, int requested) =>
        new(total, pageSize, Math.Clamp(requested, 1, CountPages(total, pageSize)));

    public static int CountPages(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    public int PageCount => CountPages(Total, PageSize);

    public int Skip => (Number - 1) * PageSize;

    public IEnumerable<T> Apply<T>(IEnumerable<T> rows) => rows.Skip(Skip).Take(PageSize);
}
