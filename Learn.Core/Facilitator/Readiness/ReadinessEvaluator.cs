namespace Learn.Core.Facilitator.Readiness;

/// <summary>Applies a readiness rule to one learner's evidence. Pure: no storage, no clock.</summary>
public static class ReadinessEvaluator
{
    public static ReadinessChecklist Evaluate(ReadinessRule rule, LearnerEvidence evidence)
    {
        var items = new List<ChecklistItem>();
        foreach (var level in rule.Levels)
        {
            var proof = evidence.MasteredLevels.TryGetValue(level, out var line) ? new[] { line } : [];
            items.Add(new ChecklistItem(ChecklistItemKind.Level, level.ToString(System.Globalization.CultureInfo.InvariantCulture),
                null, 1, proof.Length, proof));
        }

        foreach (var milestone in rule.Milestones)
        {
            var proof = evidence.Milestones.Where(m => m.Key == milestone.Key).OrderBy(m => m.At)
                .Select(m => new EvidenceLine(m.At, m.Evidence)).ToList();
            items.Add(new ChecklistItem(ChecklistItemKind.Milestone, milestone.Key, milestone.Title, milestone.Count, proof.Count, proof));
        }

        foreach (var skill in rule.SignOffs)
        {
            var proof = evidence.SignOffs.Where(s => s.SignOff.SkillId == skill.SkillId).OrderBy(s => s.SignOff.At)
                .Select(s => new EvidenceLine(s.SignOff.At, s.SignOff.Note, s.KaderName)).ToList();
            items.Add(new ChecklistItem(ChecklistItemKind.SignOff, skill.SkillId, skill.Title, 1, Math.Min(1, proof.Count), proof));
        }

        return new ReadinessChecklist(items);
    }

    /// <summary>The same rule over counts only, for whole villages at once (the dashboard).</summary>
    public static bool IsReady(ReadinessRule rule, IReadOnlySet<int> masteredLevels, IReadOnlyDictionary<string, int> milestoneCounts,
        IReadOnlySet<string> signedOffSkills) =>
        rule.Levels.All(masteredLevels.Contains)
        && rule.Milestones.All(m => milestoneCounts.GetValueOrDefault(m.Key) >= m.Count)
        && rule.SignOffs.All(s => signedOffSkills.Contains(s.SkillId));
}
