namespace Outreach.Surveys.Templates;

/// <summary>A {Field} placeholder found in a template: the field name and where the braces start and end.</summary>
public readonly record struct TemplatePlaceholder(string Field, int Start, int Length);
