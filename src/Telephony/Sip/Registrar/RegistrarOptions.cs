namespace Outreach.Telephony.Sip.Registrar;

/// <summary>How the registrar challenges and how long it binds.</summary>
public sealed record RegistrarOptions
{
    /// <summary>Digest realm.</summary>
    public string Realm { get; init; } = "outreach";

    /// <summary>Challenge every REGISTER (off only for tests of binding rules).</summary>
    public bool RequireAuthentication { get; init; } = true;

    /// <summary>Algorithms challenged with, most preferred first. Old phones stop at the first they do not know (baresip 1.0 fails on SHA-256), so list MD5 alone for them.</summary>
    public IReadOnlyList<Auth.DigestAlgorithm> Algorithms { get; init; } = [Auth.DigestAlgorithm.Sha256, Auth.DigestAlgorithm.Md5];

    /// <summary>How long a nonce is accepted before it is stale.</summary>
    public TimeSpan NonceLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Shortest registration accepted (423 below it).</summary>
    public int MinExpiresSeconds { get; init; } = 60;

    /// <summary>Longest registration granted.</summary>
    public int MaxExpiresSeconds { get; init; } = 3600;

    /// <summary>Granted when the client names none.</summary>
    public int DefaultExpiresSeconds { get; init; } = 3600;
}
