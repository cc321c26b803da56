namespace Learn.Web.Hosting;

/// <summary>Redis, when <c>ConnectionStrings:Redis</c> is set: several nodes share live help, presence and keys through it.</summary>
public sealed class LearnRedisOptions
{
    public const string Section = "Redis";

    /// <summary>Prefix of every key and channel, so several Learn installations (or test runs) can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "learn";
}
