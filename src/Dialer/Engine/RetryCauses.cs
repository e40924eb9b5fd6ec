using Outreach.Dialer.Retries;
using Outreach.Telephony;

namespace Outreach.Dialer.Engine;

/// <summary>Retry causes from stored names: the settings' rule names and the attempts table's results.</summary>
public static class RetryCauses
{
    /// <summary>"busy", "no_answer", "machine", "callback", "abandoned", "network_failure"; null for anything else.</summary>
    public static RetryCause? Parse(string stored) =>
        Enum.GetValues<RetryCause>().Cast<RetryCause?>().FirstOrDefault(c => Snake(c!.Value.ToString()) == stored);

    /// <summary>The cause of a stored result "outcome|answer_class|connect_result"; null when it was final or unknown.</summary>
    public static RetryCause? OfStoredResult(string result)
    {
        var parts = result.Split('|');
        if (parts.Length != 3 || Find<NetworkOutcome>(parts[0]) is not { } outcome) return null;
        return RetryPolicy.CauseOf(outcome, Find<AnswerClass>(parts[1]), Find<ConnectResult>(parts[2]));
    }

    /// <summary>How many of the earlier results had this cause.</summary>
    public static int Count(IEnumerable<string> pastResults, RetryCause cause) => pastResults.Count(r => OfStoredResult(r) == cause);

    private static T? Find<T>(string stored) where T : struct, Enum =>
        Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => Snake(v!.Value.ToString()) == stored);

    private static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
