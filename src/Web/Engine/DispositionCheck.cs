using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Engine;

namespace Outreach.Web.Engine;

/// <summary>Checks an agent's disposition before it reaches the agent grain: a code of the campaign's list, notes of a sane size, a callback in the future.</summary>
public static class DispositionCheck
{
    public const int MaxNotes = 2000;
    public const int MaxCallbackDays = 30;

    public static EngineOutcome Validate(DispositionRequest request, IReadOnlyList<DispositionOption> options, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(request.CallId))
            return EngineOutcome.Invalid("callId", "Say which call the disposition is for.");
        if (string.IsNullOrWhiteSpace(request.DispositionCode))
            return EngineOutcome.Invalid("dispositionCode", "Choose a disposition.");
        if (!options.Any(o => o.Code == request.DispositionCode))
            return EngineOutcome.Invalid("dispositionCode",
                $"'{request.DispositionCode}' is not a disposition of this campaign; choose one of {string.Join(", ", options.Select(o => o.Code))}.");
        if (request.Notes is { Length: > MaxNotes })
            return EngineOutcome.Invalid("notes", $"Notes are at most {MaxNotes} characters; these are {request.Notes.Length}.");
        if (request.CallbackAt is { } at && at <= now)
            return EngineOutcome.Invalid("callbackAt", "The callback time has passed; choose a time in the future.");
        if (request.CallbackAt is { } late && late > now.AddDays(MaxCallbackDays))
            return EngineOutcome.Invalid("callbackAt", $"A callback is at most {MaxCallbackDays} days ahead.");
        if (request.CallbackAt is null && request.CallbackToSameAgent)
            return EngineOutcome.Invalid("callbackAt", "Choose the callback time to keep the callback for yourself.");
        return EngineOutcome.Done;
    }
}
