namespace Learn.Core.Facilitator.Readiness;

/// <summary>A learner's readiness checklist: ready when every item is met.</summary>
public sealed record ReadinessChecklist(IReadOnlyList<ChecklistItem> Items)
{
    public bool IsReady => Items.All(i => i.IsMet);

    public IEnumerable<ChecklistItem> Missing => Items.Where(i => !i.IsMet);

    /// <summary>When the last item was met: the date on the certificate.</summary>
    public DateTimeOffset? ReadySince => IsReady
        ? Items.Select(i => i.Evidence.OrderBy(e => e.At).Take(i.Required).Select(e => (DateTimeOffset?)e.At).Max()).Max()
        : null;
}
