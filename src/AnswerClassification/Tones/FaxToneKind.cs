namespace Outreach.AnswerClassification.Tones;

/// <summary>Which fax tone was heard.</summary>
public enum FaxToneKind
{
    /// <summary>None yet.</summary>
    None,

    /// <summary>Calling tone, ITU-T T.30: 1100 Hz ± 38 Hz, 0.5 s on, 3 s off.</summary>
    Cng,

    /// <summary>Called-station / answer tone, ITU-T T.30 and V.25: 2100 Hz ± 15 Hz for 2.6–4.0 s.</summary>
    Ced,
}
