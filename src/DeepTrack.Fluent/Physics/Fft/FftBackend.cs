using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Threading;

namespace DeepTrack.Fluent.Physics.Fft;

/// <summary>
/// Chooses the FFT implementation that the optics use. The managed default (<see cref="Managed"/>) needs no
/// native code; faster backends come from satellite packages and are picked up automatically when referenced.
/// </summary>
/// <remarks>
/// <para>Selection, first match wins: a backend set with <see cref="Use"/> for the current asynchronous flow
/// (it flows into tasks and <c>Parallel</c> loops started inside it); otherwise the registered backend with the
/// highest priority. Backends are registered explicitly with <see cref="Register"/> or discovered once, on the
/// first use of <see cref="Current"/>: every loaded assembly and every <c>DeepTrack.Fluent.*.dll</c> beside the
/// application is searched for <see cref="FftBackendProviderAttribute"/>. Assemblies that cannot be loaded are
/// skipped and listed in <see cref="DiscoveryErrors"/>.</para>
/// <para>Sizes: every backend accepts any size, but FFT-friendly sizes (products of 2 and 3, see
/// <see cref="GoodSize"/>) are much faster; the optics pad their grids to such sizes.</para>
/// </remarks>
public static class FftBackend
{
    private static readonly AsyncLocal<IFftBackend?> Scoped = new();
    private static readonly Lock Gate = new();
    private static readonly List<string> Errors = [];
    private static IFftBackend? selected;
    private static int selectedPriority = int.MinValue;
    private static bool discovered;

    /// <summary>The managed default: a Stockham mixed-radix transform in plain C#.</summary>
    public static IFftBackend Managed => ManagedFftBackend.Instance;

    /// <summary>The backend in use (see the remarks for how it is chosen).</summary>
    public static IFftBackend Current
    {
        get
        {
            if (Scoped.Value is { } scoped)
            {
                return scoped;
            }

            lock (Gate)
            {
                if (!discovered)
                {
                    discovered = true;
                    Discover();
                }

                return selected ?? Managed;
            }
        }
    }

    /// <summary>Assemblies that discovery could not inspect, with the reason.</summary>
    public static IReadOnlyList<string> DiscoveryErrors
    {
        get
        {
            lock (Gate)
            {
                return [.. Errors];
            }
        }
    }

    /// <summary>Registers a backend; it becomes <see cref="Current"/> if its priority is the highest so far.</summary>
    /// <param name="backend">The backend.</param>
    /// <param name="priority">Higher wins; the managed default has priority 0.</param>
    public static void Register(IFftBackend backend, int priority)
    {
        ArgumentNullException.ThrowIfNull(backend);
        lock (Gate)
        {
            Consider(backend, priority);
        }
    }

    /// <summary>Uses <paramref name="backend"/> in the current asynchronous flow until the returned scope is disposed.</summary>
    /// <param name="backend">The backend.</param>
    /// <returns>The scope; disposing it restores the previous choice.</returns>
    public static IDisposable Use(IFftBackend backend)
    {
        ArgumentNullException.ThrowIfNull(backend);
        var previous = Scoped.Value;
        Scoped.Value = backend;
        return new Scope(previous);
    }

    /// <summary>The smallest size ≥ <paramref name="size"/> of the form 2^a·3^b (what the optics pad to).</summary>
    /// <param name="size">The size needed (≥ 1).</param>
    /// <returns>The FFT-friendly size.</returns>
    public static int GoodSize(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        int best = int.MaxValue;
        for (long power3 = 1; power3 < 2L * size; power3 *= 3)
        {
            long candidate = power3;
            while (candidate < size)
            {
                candidate *= 2;
            }

            best = (int)Math.Min(best, candidate);
        }

        return best;
    }

    private static void Consider(IFftBackend backend, int priority)
    {
        if (priority > selectedPriority)
        {
            selected = backend;
            selectedPriority = priority;
        }
    }

    private static void Discover()
    {
        Consider(Managed, 0);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            seen.Add(assembly.GetName().Name ?? string.Empty);
            Inspect(assembly);
        }

        string directory = AppContext.BaseDirectory;
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (string path in Directory.GetFiles(directory, "DeepTrack.Fluent.*.dll"))
        {
            if (seen.Contains(Path.GetFileNameWithoutExtension(path)))
            {
                continue;
            }

            try
            {
                Inspect(Assembly.LoadFrom(path));
            }
            catch (Exception exception) when (exception is IOException or BadImageFormatException or FileLoadException or TypeLoadException)
            {
                Errors.Add($"{Path.GetFileName(path)}: {exception.Message}");
            }
        }
    }

    private static void Inspect(Assembly assembly)
    {
        if (assembly.IsDynamic)
        {
            return;
        }

        try
        {
            foreach (var provider in assembly.GetCustomAttributes<FftBackendProviderAttribute>())
            {
                if (Activator.CreateInstance(provider.BackendType) is IFftBackend backend)
                {
                    Consider(backend, backend is IAdaptiveFftBackend adaptive ? adaptive.Priority : provider.Priority);
                }
                else
                {
                    Errors.Add($"{assembly.GetName().Name}: {provider.BackendType} does not implement {nameof(IFftBackend)}.");
                }
            }
        }
        catch (Exception exception) when (exception is TypeLoadException or FileNotFoundException or FileLoadException or TargetInvocationException or MissingMethodException)
        {
            Errors.Add($"{assembly.GetName().Name}: {exception.Message}");
        }
    }

    private sealed class Scope(IFftBackend? previous) : IDisposable
    {
        private bool disposed;

        public void Dispose()
        {
            if (!disposed)
            {
                disposed = true;
                Scoped.Value = previous;
            }
        }
    }
}
