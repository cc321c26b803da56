namespace Learn.Core.Accounts;

/// <summary>A person who signs in with a phone number and a PIN: learner, kader, facilitator or admin.</summary>
public sealed class Account
{
    private Account()
    {
        Name = Phone = PinHash = string.Empty;
    }

    public Account(string name, string phone, Role role, int? villageId, string? hamlet, Gender gender, int? birthYear,
        DateTimeOffset createdAt, int? createdById)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            throw new LearnDomainException("account.name_invalid", "A name of 1 to 100 characters is required.");
        }

        if (!PhoneNumber.TryNormalize(phone, out var normalized))
        {
            throw new LearnDomainException("account.phone_invalid", "The phone number is not a valid Indonesian mobile number.");
        }

        if (role is Role.Learner or Role.Kader && villageId is null)
        {
            throw new LearnDomainException("account.village_required", "Learners and kader belong to a village.");
        }

        Name = name.Trim();
        Phone = normalized;
        Role = role;
        VillageId = villageId;
        Hamlet = string.IsNullOrWhiteSpace(hamlet) ? null : hamlet.Trim();
        Gender = gender;
        BirthYear = birthYear;
        CreatedAt = createdAt;
        CreatedById = createdById;
        PinHash = string.Empty;
        IsActive = true;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string Phone { get; private set; }

    public string PinHash { get; private set; }

    public Role Role { get; private set; }

    public int? VillageId { get; private set; }

    /// <summary>Dusun.</summary>
    public string? Hamlet { get; private set; }

    public Gender Gender { get; private set; }

    public int? BirthYear { get; private set; }

    public bool IsActive { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int? CreatedById { get; private set; }

    public DateTimeOffset? LastSignInAt { get; private set; }

    /// <summary>
    /// The audit entry of the roster import that created this learner (who imported them, when), or null. An import
    /// writes one entry for all its learners, not one each; the learner's data export shows it through this link.
    /// </summary>
    public long? ImportAuditEntryId { get; private set; }

    public void SetPinHash(string hash) => PinHash = hash;

    /// <summary>An id the database's sequence handed out beforehand, for a bulk insert that writes ids itself (the roster import).</summary>
    internal void UseReservedId(int id) => Id = id;

    internal void ImportedBy(long auditEntryId) => ImportAuditEntryId = auditEntryId;

    public void RecordSignIn(DateTimeOffset now) => LastSignInAt = now;
}
