using MudBlazor.Services;
using Outreach.Web.Api;
using Outreach.Web.Components;
using Outreach.Web.Engine;
using Outreach.Web.Hosting;
using Prometheus;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddOutreachEnvironment();
builder.Services.AddOutreachData(builder.Configuration);
builder.Services.AddOutreachAuth();
builder.Services.AddOutreachEngineUi();
builder.AddOutreachSilo();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
builder.Services.AddOpenApi();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();

var app = builder.Build();
await app.Services.PrepareDatabaseAsync(app.Lifetime.ApplicationStopping);

app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), api =>
{
    api.UseExceptionHandler();
    api.UseStatusCodePages();
});
app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api"), ui => ui.UseExceptionHandler("/error", createScopeForErrors: true));
app.UseHttpMetrics();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapOpenApi();
app.MapHealthEndpoint();
app.MapMetrics();
var api = app.MapGroup("/api");
api.MapAuthEndpoints();
api.MapSubscriberEndpoints();
api.MapAdminEndpoints();
api.MapSurveyEndpoints();
api.MapEngineEndpoints();
api.MapCampaignEndpoints();
api.MapSegmentEndpoints();
api.MapReportEndpoints();
app.MapAccountEndpoints();
app.MapHub<EngineHub>(EngineHub.Path);
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

/// <summary>The web host; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
