// Outreach.Telephony: see docs/architecture.md for what this project holds.
[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Outreach.Benchmarks")]
