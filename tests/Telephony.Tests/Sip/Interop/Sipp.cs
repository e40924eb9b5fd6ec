namespace Outreach.Telephony.Tests.Sip.Interop;

/// <summary>Starts sipp on free loopback ports (SIP, control and media), with a built-in or one of our scenario files.</summary>
internal static class Sipp
{
    public static string ScenarioPath(string name) => Path.Combine(AppContext.BaseDirectory, "Sip", "Interop", "Scenarios", name);

    /// <summary>sipp with one of our scenario files, its {NAME} placeholders filled in (sipp checks status codes when it loads a scenario, so -key cannot carry one).</summary>
    public static PeerProcess StartScenario(int port, string scenario, IReadOnlyDictionary<string, string> values, params string[] arguments) =>
        Start(port, folder =>
        {
            var text = File.ReadAllText(ScenarioPath(scenario));
            foreach (var (name, value) in values) text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder, scenario), text);
        }, ["-sf", scenario, .. arguments]);

    /// <summary>sipp listening on <paramref name="port"/>; extra arguments follow (-sn/-sf, target, -m ...).</summary>
    public static PeerProcess Start(int port, params string[] arguments) => Start(port, null, arguments);

    private static PeerProcess Start(int port, Action<string>? prepare, string[] arguments) =>
        PeerProcess.Start("sipp", [
            "-i", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-cp", FreePorts.Both().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-mp", FreePorts.Udp().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-nostdin", "-timeout", "20", "-timeout_error", .. arguments], prepare);
}
