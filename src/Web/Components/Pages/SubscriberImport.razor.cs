using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Outreach.Campaigns.Import;

namespace Outreach.Web.Components.Pages;

/// <summary>S2 for marketers: upload a CSV or .xlsx, check the column mapping, import with progress, download the rejected rows.</summary>
public sealed partial class SubscriberImport : IDisposable
{
    private const string Ignored = "";
    private const int MaxShown = 200;
    private const long MaxFileBytes = 512L * 1024 * 1024;

    [Inject] private SubscriberImporter Importer { get; set; } = default!;
    [Inject] private ImportMappingRepository Mappings { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Auth { get; set; } = default!;

    private ImportKind _kind = ImportKind.Subscribers;
    private string _region = "US";
    private string? _regionError, _fileError, _fileName, _tempFile, _source;
    private IReadOnlyList<string>? _header;
    private Dictionary<string, string> _mapping = [];
    private bool _running;
    private ImportProgress? _progress;
    private ImportReport? _report;

    private string FieldOf(string column) => _mapping.GetValueOrDefault(column, Ignored);

    private string StageText => _progress is null ? "Starting…" : _progress.Stage switch
    {
        "read" => $"Reading and checking: {_progress.Rows:N0} rows",
        "load" => $"Loading: {_progress.Rows:N0} rows",
        "merge" => $"Merging {_progress.Rows:N0} rows into the base…",
        _ => $"Finished: {_progress.Rows:N0} rows",
    };

    private string ErrorsHref => "data:text/csv;charset=utf-8;base64," +
        Convert.ToBase64String(Encoding.UTF8.GetBytes(RowErrorCsv.Write(_report!.Errors)));

    private async Task FileChosenAsync(IBrowserFile? file)
    {
        if (file is null) return;
        ResetFile();
        if (!TabularFile.IsSupported(file.Name)) { _fileError = $"“{file.Name}” is neither a CSV nor an Excel .xlsx file."; return; }
        if (file.Size > MaxFileBytes) { _fileError = $"“{file.Name}” is larger than {MaxFileBytes / 1_048_576} MB."; return; }
        _fileName = file.Name;
        _source = Path.GetFileNameWithoutExtension(file.Name);
        _tempFile = Path.Combine(Path.GetTempPath(), "outreach-upload-" + Guid.NewGuid().ToString("N") + Path.GetExtension(file.Name));
        await using (var target = File.Create(_tempFile))
            await file.OpenReadStream(MaxFileBytes).CopyToAsync(target);
        try
        {
            using var sheet = TabularFile.Open(File.OpenRead(_tempFile), file.Name);
            _header = sheet.Header;
        }
        catch (InvalidDataException e) { _fileError = e.Message; return; }
        var schema = ImportSchema.For(_kind);
        var mapping = await Mappings.FindAsync(_source, _kind, default) ?? ColumnMapping.Guess(_header, schema);
        _mapping = mapping.Columns.Where(m => _header.Contains(m.Key)).ToDictionary(m => m.Key, m => m.Value);
    }

    private async Task ImportAsync()
    {
        try { _region = new PhoneNormalizer(_region).DefaultRegion; _regionError = null; }
        catch (ArgumentException e) { _regionError = e.Message.Split(" (Parameter")[0]; return; }
        var actor = (await Auth.GetAuthenticationStateAsync()).User.Identity?.Name ?? "unknown";
        var request = new ImportRequest
        {
            Source = _source!, Kind = _kind, DefaultRegion = _region, Actor = actor,
            Mapping = new ColumnMapping(_mapping.Where(m => m.Value != Ignored).ToDictionary()),
        };
        (_running, _report, _fileError, _progress) = (true, null, null, null);
        var progress = new Progress<ImportProgress>(p => { _progress = p; _ = InvokeAsync(StateHasChanged); });
        try
        {
            // Parsing is CPU work: keep it off the circuit's thread so the page stays live.
            _report = await Task.Run(async () =>
            {
                await using var stream = File.OpenRead(_tempFile!);
                return await Importer.ImportAsync(stream, _fileName!, request, progress, default);
            });
        }
        catch (InvalidDataException e) { _fileError = e.Message; }
        finally { _running = false; }
    }

    private void ResetFile()
    {
        DeleteTempFile();
        (_fileError, _fileName, _header, _report, _progress) = (null, null, null, null, null);
        _mapping = [];
    }

    private void DeleteTempFile()
    {
        if (_tempFile is not null && File.Exists(_tempFile)) File.Delete(_tempFile);
        _tempFile = null;
    }

    public void Dispose() => DeleteTempFile();
}
