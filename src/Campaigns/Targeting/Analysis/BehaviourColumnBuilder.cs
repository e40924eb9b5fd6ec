using Npgsql;

namespace Outreach.Campaigns.Targeting.Analysis;

/// <summary>Accumulates one analysis column while rows are read: floats for numbers, codes for texts and flags.</summary>
internal sealed class BehaviourColumnBuilder(BehaviourSpec spec)
{
    private readonly List<float> numbers = [];
    private readonly List<int> codes = [];
    private readonly Dictionary<string, int> lookup = new(StringComparer.Ordinal);
    private readonly List<string> categories = [];

    public void Add(NpgsqlDataReader reader, int ordinal)
    {
        var missing = reader.IsDBNull(ordinal);
        switch (spec.Kind)
        {
            case BehaviourKind.Number:
                numbers.Add(missing ? float.NaN : reader.GetFloat(ordinal));
                break;
            case BehaviourKind.Flag:
                codes.Add(missing ? -1 : reader.GetBoolean(ordinal) ? 1 : 0);
                break;
            default:
                codes.Add(missing ? -1 : CodeOf(reader.GetString(ordinal)));
                break;
        }
    }

    public BehaviourColumn Build() => spec.Kind switch
    {
        BehaviourKind.Number => new NumericBehaviour(spec.Name, spec.RuleField, [.. numbers]),
        BehaviourKind.Flag => new CodedBehaviour(spec.Name, spec.Kind, spec.RuleField, spec.Argument, [.. codes], BehaviourReader.Flags),
        _ => new CodedBehaviour(spec.Name, spec.Kind, spec.RuleField, null, [.. codes], categories),
    };

    private int CodeOf(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return -1;
        if (lookup.TryGetValue(text, out var code))
            return code;
        code = categories.Count;
        lookup.Add(text, code);
        categories.Add(text);
        return code;
    }
}
