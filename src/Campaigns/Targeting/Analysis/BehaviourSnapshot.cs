namespace Outreach.Campaigns.Targeting.Analysis;

/// <summary>Every subscriber's card and facts as columns for analysis, rows in subscriber id order.</summary>
public sealed record BehaviourSnapshot(long[] SubscriberIds, IReadOnlyList<BehaviourColumn> Columns)
{
    public int Rows => SubscriberIds.Length;

    /// <summary>The column with this name, or null.</summary>
    public BehaviourColumn? Find(string name) => Columns.FirstOrDefault(c => c.Name == name);
}
