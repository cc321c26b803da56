namespace Learn.Core.Shop;

/// <summary>How a run stands against its scenario's success rule.</summary>
public sealed record RunProgress(int Fulfilled, int FulfilledNeeded, int ScamsRefused, int ScamsNeeded, int Mistakes, int MaxMistakes,
    long Profit, bool ProfitNeeded, bool ListingOk, bool ListingNeeded)
{
    public bool Succeeded => Fulfilled >= FulfilledNeeded && ScamsRefused >= ScamsNeeded && Mistakes <= MaxMistakes
        && (!ProfitNeeded || Profit > 0) && (!ListingNeeded || ListingOk);

    public override string ToString() =>
        $"fulfilled {Fulfilled}/{FulfilledNeeded}, scams refused {ScamsRefused}/{ScamsNeeded}, mistakes {Mistakes}/{MaxMistakes}, profit {Profit}";
}
