namespace FitFolio.Api.Tests.Support;

/// <summary>One throwaway server per test run: started by the first test that asks, stopped once all have run.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "Lives as long as the test process; the lock holds no unmanaged state until waited on.")]
internal sealed class SharedServer<T>(Func<Task<T>> start) where T : class, IAsyncDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private T? _instance;

    public async Task<T> GetAsync()
    {
        await _lock.WaitAsync();
        try
        {
            return _instance ??= await start();
        }
        finally
        {
            _lock.Release();
        }
    }

    public async Task StopAsync()
    {
        if (_instance is not null)
        {
            await _instance.DisposeAsync();
            _instance = null;
        }
    }
}
