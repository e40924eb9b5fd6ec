namespace Outreach.Web.Navigation;

/// <summary>One entry of the side menu.</summary>
public sealed record NavItem(string Key, string Title, string Href, string Icon);
