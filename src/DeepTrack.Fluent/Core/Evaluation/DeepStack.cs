using System;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace DeepTrack.Fluent;

/// <summary>
/// Continues an evaluation whose thread is running out of stack on a new thread with a large stack, while the calling
/// thread waits: deeply nested pipelines (a chain of tens of thousands of features) evaluate instead of overflowing the
/// stack, which would end the process. Exceptions reach the caller unchanged, with their original stack trace.
/// </summary>
internal static class DeepStack
{
    /// <summary>The stack of each continuation thread (reserved address space; pages are used as they are touched).</summary>
    public const int StackBytes = 256 << 20;

    /// <summary>How many continuation threads one evaluation may nest before it stops with a clear error.</summary>
    public const int MaximumHops = 16;

    /// <summary>Runs <paramref name="evaluation"/> on a new thread with <see cref="StackBytes"/> of stack and returns its result.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="evaluator">The evaluator (it counts the nesting).</param>
    /// <param name="evaluation">The evaluation to continue.</param>
    /// <returns>Its result.</returns>
    public static T Continue<T>(Evaluator evaluator, Func<T> evaluation)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = evaluator.WithStackHop(evaluation);
                }
                catch (Exception exception)
                {
                    failure = ExceptionDispatchInfo.Capture(exception);
                }
            },
            StackBytes)
        {
            IsBackground = true,
            Name = "DeepTrack.Fluent deep evaluation",
        };
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}
