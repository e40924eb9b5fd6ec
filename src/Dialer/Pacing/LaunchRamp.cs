namespace Outreach.Dialer.Pacing;

/// <summary>
/// Keeps the predictive pacer from putting a team's worth of live answers in flight in one go. When a campaign leaves
/// progressive pacing (warm-up over, an hour guard lifted) the forecast can find room for hundreds of calls at once;
/// their answers then land together, and one unlucky draw abandons a dozen and closes the hour. A bucket counted in
/// expected answers (calls × answer rate) holds a quarter of the team at most and refills at half the team per horizon:
/// far above what a steady campaign needs (about one answer per agent per handle time), so it binds only on floods.
/// Measured on the grid (docs/pacing.md): the seeds that lost 5–8 points to a first-hour flood get them back.
/// </summary>
public sealed class LaunchRamp(TimeProvider time)
{
    /// <summary>Most expected answers the bucket holds, per logged-in agent.</summary>
    public const double BurstPerAgent = 0.25;

    /// <summary>Expected answers the bucket regains per agent over one horizon (call to answer, plus the connect limit).</summary>
    public const double RefillPerAgentPerHorizon = 0.5;

    private double _answers = double.NaN;
    private DateTimeOffset _at;

    /// <summary>How many calls the bucket allows now for a team of <paramref name="agents"/>.</summary>
    public int Calls(int agents, PacingForecast forecast)
    {
        var now = time.GetUtcNow();
        var capacity = Math.Max(1, BurstPerAgent * agents);
        var refill = RefillPerAgentPerHorizon * agents / Math.Max(forecast.HorizonSeconds, 1) * (now - _at).TotalSeconds;
        _answers = double.IsNaN(_answers) ? capacity : Math.Min(capacity, _answers + Math.Max(0, refill));
        _at = now;
        return (int)Math.Floor(_answers / Math.Max(forecast.AnswerRate, 0.01));
    }

    /// <summary>The calls placed this tick take their expected answers from the bucket.</summary>
    public void Placed(int calls, double answerRate) => _answers = Math.Max(0, _answers - calls * answerRate);
}
