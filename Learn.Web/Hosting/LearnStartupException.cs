namespace Learn.Web.Hosting;

/// <summary>Learn cannot start with this configuration (a server it needs is unreachable); the message names the setting.</summary>
public sealed class LearnStartupException(string message, Exception? inner = null) : Exception(message, inner);
