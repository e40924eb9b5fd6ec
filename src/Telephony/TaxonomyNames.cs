namespace Outreach.Telephony;

/// <summary>The snake_case names under which the outcome taxonomy is stored (attempts table) and shown in the API.</summary>
public static class TaxonomyNames
{
    /// <summary>busy, no_answer, invalid, congestion, rejected, failed, answered.</summary>
    public static string ToStoredName(this NetworkOutcome outcome) => Snake(outcome.ToString());

    /// <summary>human, machine, fax, unknown.</summary>
    public static string ToStoredName(this AnswerClass answerClass) => Snake(answerClass.ToString());

    /// <summary>connected, abandoned, customer_hung_up_first, message_left.</summary>
    public static string ToStoredName(this ConnectResult result) => Snake(result.ToString());

    private static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
