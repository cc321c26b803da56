namespace Learn.Web.Facilitator;

/// <summary>What the shared pager partial needs: where we are, and the route values of the pages before and after.</summary>
public sealed record PagerLinks(int Page, int Pages, string Label, Func<int, Dictionary<string, string>> Route);
