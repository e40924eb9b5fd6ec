namespace Outreach.Telephony;

/// <summary>What became of an answered call on the engine's side (D4).</summary>
public enum ConnectResult
{
    /// <summary>Bridged to an agent within the connect limit.</summary>
    Connected,
    /// <summary>A live answer no agent took in time; the campaign's message was played.</summary>
    Abandoned,
    /// <summary>The subscriber hung up before an agent was connected.</summary>
    CustomerHungUpFirst,
    /// <summary>A machine answered and the campaign's message was left on it.</summary>
    MessageLeft,
}
