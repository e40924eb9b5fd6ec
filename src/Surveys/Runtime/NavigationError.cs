namespace Outreach.Surveys.Runtime;

/// <summary>A refused navigator call: a code for the program and a message for the person.</summary>
public sealed record NavigationError(NavigationErrorCode Code, string Message);
