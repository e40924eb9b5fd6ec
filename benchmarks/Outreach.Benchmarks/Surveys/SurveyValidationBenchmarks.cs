using BenchmarkDotNet.Attributes;
using Outreach.Surveys.Json;
using Outreach.Surveys.Model;
using Outreach.Surveys.Runtime;
using Outreach.Surveys.Validation;

namespace Outreach.Benchmarks.Surveys;

/// <summary>Validating, importing and compiling a 1,000-step survey: what the designer does on every save.</summary>
[MemoryDiagnoser]
public class SurveyValidationBenchmarks
{
    private Survey survey = null!;
    private string json = "";

    [Params(1_000)]
    public int Steps { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        survey = BenchmarkSurveys.Layered(Steps);
        json = SurveyJson.Export(survey);
        if (!SurveyValidator.IsValid(survey))
        {
            throw new InvalidOperationException("The benchmark survey must be valid");
        }
    }

    [Benchmark]
    public int Validate() => SurveyValidator.Validate(survey).Count;

    [Benchmark]
    public int ImportJson() => SurveyJson.Import(json).Issues.Count;

    [Benchmark]
    public int Compile() => CompiledSurvey.Compile(survey, 1).Version;
}
