namespace Outreach.Surveys.Model;

/// <summary>
/// The personal fields a script may use (FirstName, Age, Tariff, Balance…), as invariant text.
/// The caller fills it from the subscriber card; Surveys knows nothing of where it comes from.
/// </summary>
public sealed class SubscriberProfile
{
    private readonly Dictionary<string, string?> fields;

    /// <summary>Copies the fields; names compare case-insensitively so {firstname} and {FirstName} agree.</summary>
    public SubscriberProfile(IEnumerable<KeyValuePair<string, string?>> fields)
    {
        this.fields = new Dictionary<string, string?>(fields, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A profile with no fields, for previews and tests.</summary>
    public static SubscriberProfile Empty { get; } = new([]);

    /// <summary>The fields as given.</summary>
    public IReadOnlyDictionary<string, string?> Fields => fields;

    /// <summary>The field's value; false when the profile does not have it.</summary>
    public bool TryGet(string name, out string? value) => fields.TryGetValue(name, out value);
}
