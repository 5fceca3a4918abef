using System.Threading;

namespace DeepTrack.Fluent.Torch.Tests;

/// <summary>
/// A thread that collects garbage and runs finalizers back to back while it lives: any managed object that native code
/// still uses but nothing references any more (a Scalar converted implicitly from a double) is freed within microseconds.
/// </summary>
internal sealed class GarbageCollectionPressure : IDisposable
{
    private readonly Thread thread;
    private volatile bool stop;
    private long collections;

    public GarbageCollectionPressure()
    {
        thread = new Thread(Run) { IsBackground = true, Name = "garbage collection pressure" };
        thread.Start();
    }

    /// <summary>Collections forced so far.</summary>
    public long Collections => Interlocked.Read(ref collections);

    public void Dispose()
    {
        stop = true;
        thread.Join();
    }

    private void Run()
    {
        while (!stop)
        {
            GC.Collect(0, GCCollectionMode.Forced, blocking: true);
            GC.WaitForPendingFinalizers();
            Interlocked.Increment(ref collections);
        }
    }
}
