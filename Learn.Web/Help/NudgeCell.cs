using Learn.Core.Help;

namespace Learn.Web.Help;

/// <summary>The WhatsApp reminder link of one learner's row, with who last reminded them.</summary>
public sealed record NudgeCell(int LearnerId, LastNudge? Last);
