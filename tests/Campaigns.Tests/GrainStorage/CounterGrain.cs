using Orleans;
using Orleans.Runtime;

namespace Outreach.Campaigns.Tests.GrainStorage;

/// <summary>A grain whose only job is to persist a value through the storage under test.</summary>
public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> GetAsync();
    Task SetAsync(int value);
    Task ClearAsync();
    Task DeactivateAsync();
}

[GenerateSerializer, Alias("Outreach.Tests.CounterState")]
public sealed class CounterState
{
    [Id(0)] public int Value { get; set; }
    [Id(1)] public string Note { get; set; } = "";
}

public sealed class CounterGrain([PersistentState("counter", StorageTests.ProviderName)] IPersistentState<CounterState> state)
    : Grain, ICounterGrain
{
    public Task<int> GetAsync() => Task.FromResult(state.State.Value);

    public async Task SetAsync(int value)
    {
        state.State.Value = value;
        state.State.Note = $"set to {value}";
        await state.WriteStateAsync();
    }

    public Task ClearAsync() => state.ClearStateAsync();

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
