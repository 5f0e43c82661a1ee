using Renkei.Testing;

namespace Renkei.Web.Tests.Robustness;

/// <summary>The portal on Kestrel (so request-size limits hold as in production) with an <see cref="ApiWorld"/> and a client per persona.</summary>
public sealed class RobustnessPortal : RenkeiWebFactory
{
    private readonly Dictionary<string, HttpClient> _clients = new();
    private Uri _address = null!;

    public ApiWorld World { get; private set; } = null!;

    public OpenApiSurface Surface { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _address = StartOnKestrel();
        World = await ApiWorld.BuildAsync(this, ClientAsync);
        Surface = await OpenApiSurface.LoadAsync(Anonymous());
    }

    public HttpClient Anonymous() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _address };

    /// <summary>A client signed in as the persona (bearer token), or anonymous.</summary>
    public async Task<HttpClient> ClientAsync(string? email)
    {
        if (email is null)
        {
            return Anonymous();
        }
        if (!_clients.TryGetValue(email, out var client))
        {
            _clients[email] = client = await ApiClientAsync(email);
        }
        return client;
    }

    public Task<HttpClient> PersonaAsync(string name) => ClientAsync(Personas.All.Single(p => p.Name == name).Email);
}
