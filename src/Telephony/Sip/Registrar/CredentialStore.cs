using System.Collections.Concurrent;
using Outreach.Telephony.Sip.Auth;

namespace Outreach.Telephony.Sip.Registrar;

/// <summary>Per-user digest secrets stored as HA1 per algorithm for one realm (H(user:realm:password)), never the password itself.</summary>
public sealed class CredentialStore(string realm)
{
    private readonly ConcurrentDictionary<(string User, DigestAlgorithm Algorithm), string> _ha1 = new();

    /// <summary>The realm the HA1 values are computed for.</summary>
    public string Realm => realm;

    /// <summary>Stores a user's HA1 for MD5 and SHA-256; the password is not kept.</summary>
    public void Provision(string user, string password)
    {
        foreach (var algorithm in new[] { DigestAlgorithm.Md5, DigestAlgorithm.Sha256 })
            _ha1[(user, algorithm)] = algorithm.Ha1(user, realm, password);
    }

    /// <summary>Stores a precomputed HA1 (from a provisioning system that never saw the password either).</summary>
    public void ProvisionHa1(string user, DigestAlgorithm algorithm, string ha1) => _ha1[(user, algorithm.Base())] = ha1;

    /// <summary>Removes a user.</summary>
    public void Remove(string user)
    {
        foreach (var key in _ha1.Keys.Where(k => k.User == user)) _ha1.TryRemove(key, out _);
    }

    /// <summary>The HA1 for a user and algorithm, if provisioned.</summary>
    public string? Ha1(string user, DigestAlgorithm algorithm) => _ha1.GetValueOrDefault((user, algorithm.Base()));
}
