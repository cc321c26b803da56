namespace Learn.Core.Help;

/// <summary>An uploaded file as it arrived; <see cref="Kind"/> is what the sender says it is (null: judge by its bytes).</summary>
public sealed record HelpUpload(Stream Content, long Length, HelpMessageKind? Kind);
