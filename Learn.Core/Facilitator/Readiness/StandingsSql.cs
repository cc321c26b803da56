using System.Data.Common;
using System.Globalization;
using System.Text;
using Learn.Core.Accounts;
using Learn.Core.Help;
using Learn.Core.Lessons;
using Learn.Core.Lessons.Summaries;

namespace Learn.Core.Facilitator.Readiness;

/// <summary>
/// The one query behind <see cref="LearnerStandings"/>: one row per learner, everything counted in SQL and read
/// without materialising entities. Plain SQL both providers run (quoted names, CASE, EXISTS, integer bit
/// operators; sums cast to BIGINT, which PostgreSQL would widen to numeric), wrapped around the learners' own query as EF Core generated it, so its filter and parameters
/// stay EF's. Lessons come from each learner's roll-up row; a learner whose roll-up is missing or was counted
/// against other lesson counts is counted from their level rows instead. Milestones and sign-offs are counted
/// only for learners who have the rule's levels: for everyone else readiness is already decided.
/// </summary>
internal static class StandingsSql
{
    private const string Prefix = "@standings_";

    /// <summary>
    /// Turns <paramref name="command"/> (the learners' query: id, village, gender, birth year, registered, active) into
    /// the standings query. <paramref name="rule"/> null means nobody can be ready.
    /// </summary>
    public static void Wrap(DbCommand command, CourseLevelBits bits, ReadinessRule? rule, DateTimeOffset unansweredSince)
    {
        var parameters = new Parameters(command);
        var ruleMask = rule is null ? 0 : bits.MaskOf(rule.Levels);
        var mastered = $"""
            CASE WHEN r."MasteredFor" = {parameters.Add(bits.Key)} THEN r."MasteredLevels"
            ELSE COALESCE((SELECT CAST(SUM({MasteredBits(bits, parameters)}) AS BIGINT) FROM "LearnerLevelSummaries" s WHERE s."AccountId" = l."Id"), 0) END
            """;
        var levels = $"(({mastered}) | COALESCE(p.\"Placed\", 0))";
        var evidence = rule is null ? "0" : $"""
            CASE WHEN ({levels} & {parameters.Add(ruleMask)}) = {parameters.Add(ruleMask)}
                AND {Milestones(rule, parameters)} AND {SignOffs(rule, parameters)} THEN 1 ELSE 0 END
            """;
        command.CommandText = $"""
            WITH "l"("Id", "VillageId", "Gender", "BirthYear", "CreatedAt", "IsActive") AS (
            {command.CommandText}
            )
            SELECT l."Id", l."VillageId", l."Gender", l."BirthYear", l."CreatedAt", CASE WHEN l."IsActive" THEN 1 ELSE 0 END,
                {levels},
                CASE WHEN r."AccountId" IS NULL THEN (SELECT MAX(s."LastActivityAt") FROM "LearnerLevelSummaries" s WHERE s."AccountId" = l."Id")
                    ELSE r."LastActivityAt" END,
                CASE WHEN r."AccountId" IS NULL THEN (SELECT MAX(s."FailuresInARow") FROM "LearnerLevelSummaries" s WHERE s."AccountId" = l."Id")
                    ELSE r."FailuresInARow" END,
                {evidence},
                CASE WHEN EXISTS (SELECT 1 FROM "BusinessSurveys" b WHERE b."LearnerId" = l."Id" AND b."SellsOnline"
                    AND NOT EXISTS (SELECT 1 FROM "BusinessSurveys" o WHERE o."LearnerId" = b."LearnerId" AND o."Wave" > b."Wave")) THEN 1 ELSE 0 END,
                CASE WHEN EXISTS (SELECT 1 FROM "HelpRequests" h WHERE h."LearnerId" = l."Id" AND h."Status" <> {parameters.Add((int)HelpStatus.Resolved)}
                    AND h."FirstReplyAt" IS NULL AND h."CreatedAt" <= {parameters.Add(unansweredSince.UtcTicks)}) THEN 1 ELSE 0 END,
                CASE WHEN t."KaderId" IN (SELECT k."Id" FROM "Accounts" k WHERE k."Role" = {parameters.Add((int)Role.Kader)} AND k."IsActive"
                    AND NOT EXISTS (SELECT 1 FROM "KaderProfiles" kp WHERE kp."KaderId" = k."Id" AND NOT kp."IsActive")) THEN 1 ELSE 0 END
            FROM "l"
            LEFT JOIN "LearnerProgressSummaries" r ON r."AccountId" = l."Id"
            LEFT JOIN "KaderAssignments" t ON t."LearnerId" = l."Id"
            LEFT JOIN (SELECT u."AccountId", CAST(SUM({PlacedBits(bits, parameters)}) AS BIGINT) AS "Placed"
                FROM (SELECT DISTINCT "AccountId", "LevelNumber" FROM "LevelUnlocks" WHERE "Method" = {parameters.Add((int)UnlockMethod.Placement)}) u
                GROUP BY u."AccountId") p ON p."AccountId" = l."Id"
            """;
    }

    public static StandingRow Read(DbDataReader reader) => new(
        reader.GetInt32(0),
        reader.GetInt32(1),
        reader.GetInt32(2),
        reader.IsDBNull(3) ? null : reader.GetInt32(3),
        reader.GetInt64(4),
        reader.GetInt32(5) == 1,
        reader.GetInt64(6),
        reader.IsDBNull(7) ? null : reader.GetInt64(7),
        reader.IsDBNull(8) ? 0 : reader.GetInt32(8),
        reader.GetInt32(9) == 1,
        reader.GetInt32(10) == 1,
        reader.GetInt32(11) == 1,
        reader.GetInt32(12) == 1);

    // The bit of each mastered level, one level row at a time (a learner has one row a level, so the sum is the mask).
    private static string MasteredBits(CourseLevelBits bits, Parameters parameters)
    {
        var sql = new StringBuilder("CASE");
        foreach (var (number, lessons) in bits.CourseLevels)
        {
            sql.Append(CultureInfo.InvariantCulture,
                $" WHEN s.\"LevelNumber\" = {parameters.Add(number)} AND s.\"MasteredLessons\" >= {parameters.Add(lessons)} THEN {parameters.Add(bits.Bit(number))}");
        }

        return sql.Append(" ELSE 0 END").ToString();
    }

    private static string PlacedBits(CourseLevelBits bits, Parameters parameters)
    {
        var sql = new StringBuilder("CASE");
        foreach (var number in bits.Levels)
        {
            sql.Append(CultureInfo.InvariantCulture, $" WHEN u.\"LevelNumber\" = {parameters.Add(number)} THEN {parameters.Add(bits.Bit(number))}");
        }

        return sql.Append(" ELSE 0 END").ToString();
    }

    // Every milestone of the rule reached its count (a key listed twice needs the larger count).
    private static string Milestones(ReadinessRule rule, Parameters parameters)
    {
        var needed = rule.Milestones.GroupBy(m => m.Key, StringComparer.Ordinal).Select(g => (Key: g.Key, Count: g.Max(m => m.Count))).ToList();
        if (needed.Count == 0)
        {
            return "1 = 1";
        }

        var keys = needed.Select(m => parameters.Add(m.Key)).ToList();
        var counts = string.Join(" ", needed.Select((m, i) => $"WHEN {keys[i]} THEN {parameters.Add(m.Count)}"));
        return $"""
            (SELECT COUNT(*) FROM (SELECT m."Key" FROM "Milestones" m WHERE m."LearnerId" = l."Id" AND m."Key" IN ({string.Join(", ", keys)})
                GROUP BY m."Key" HAVING COUNT(*) >= CASE m."Key" {counts} END) reached) = {parameters.Add(needed.Count)}
            """;
    }

    private static string SignOffs(ReadinessRule rule, Parameters parameters)
    {
        var skills = rule.SignOffs.Select(s => s.SkillId).Distinct(StringComparer.Ordinal).ToList();
        return skills.Count == 0
            ? "1 = 1"
            : $"""
                (SELECT COUNT(DISTINCT o."SkillId") FROM "SkillSignOffs" o WHERE o."LearnerId" = l."Id"
                    AND o."SkillId" IN ({string.Join(", ", skills.Select(parameters.Add))})) = {parameters.Add(skills.Count)}
                """;
    }

    private sealed class Parameters(DbCommand command)
    {
        public string Add(object value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = Prefix + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
            parameter.Value = value;
            command.Parameters.Add(parameter);
            return parameter.ParameterName;
        }
    }
}
