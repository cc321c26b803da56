using System.ComponentModel.DataAnnotations;

namespace Learn.Web.Facilitator;

/// <summary>
/// The key for first PINs of imported rosters (see <c>FirstPinHasher</c>). Leave it empty and the server
/// makes one, kept in the keys folder and encrypted with the data-protection key ring; set it (base64,
/// 32 bytes or more) when several nodes must share it. Never put it in the database.
/// </summary>
public sealed class FirstPinKeyOptions : IValidatableObject
{
    public const string Section = "Roster";

    public string? FirstPinKey { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(FirstPinKey))
        {
            yield break;
        }

        var bytes = new byte[FirstPinKey.Length];
        if (!Convert.TryFromBase64String(FirstPinKey, bytes, out var length) || length < 32)
        {
            yield return new ValidationResult("Roster:FirstPinKey must be base64 of at least 32 bytes.", [nameof(FirstPinKey)]);
        }
    }
}
