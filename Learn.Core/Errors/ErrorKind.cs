namespace Learn.Core.Errors;

/// <summary>What kind of rule a request broke; the web layer maps each kind to one HTTP status.</summary>
public enum ErrorKind
{
    /// <summary>The input breaks a rule (empty, too long, out of range): 400.</summary>
    Invalid,

    /// <summary>There is no such thing, or the caller may not know it exists: 404.</summary>
    NotFound,

    /// <summary>The caller may see it but not do this: 403.</summary>
    Forbidden,

    /// <summary>The thing is not in a state that allows this (already taken, locked, changed meanwhile): 409.</summary>
    Conflict,

    /// <summary>Too much in too little time; the same request later succeeds: 429.</summary>
    RateLimited,

    /// <summary>The upload is bigger than the rule allows (a voice note, a photo): 413.</summary>
    TooLarge,
}
