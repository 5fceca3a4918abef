using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using DeepTrack.Fluent.Cli.Verbs;
using Spectre.Console;

namespace DeepTrack.Fluent.Cli;

/// <summary>
/// The command line of a program's own pipelines. In <c>Program.cs</c>:
/// <c>return DeepTrackApp.Run(args, app =&gt; app.Pipeline("spots", pipeline));</c>
/// gives the program the verbs <c>list</c>, <c>preview</c>, <c>export</c> and <c>stats</c> (and those that packages
/// add, such as <c>train</c>), <c>--help</c> on every verb, progress bars on long work and clear errors.
/// </summary>
/// <remarks>
/// Exit codes: 0 done; 1 the work failed (the message says why, without a stack trace unless the environment
/// variable <c>DEEPTRACK_STACKTRACE</c> is <c>1</c>); 2 the command line is wrong (the message says what to write);
/// 130 interrupted (Ctrl+C; complete files are kept and a new run resumes).
/// </remarks>
public static class DeepTrackApp
{
    /// <summary>The exit code of work that failed.</summary>
    public const int FailureExitCode = 1;

    /// <summary>The exit code of a wrong command line.</summary>
    public const int UsageExitCode = 2;

    /// <summary>The exit code of interrupted work.</summary>
    public const int CanceledExitCode = 130;

    /// <summary>Parses <paramref name="args"/> and runs the verb they name, on the standard output and error.</summary>
    /// <param name="args">The program's arguments.</param>
    /// <param name="configure">Registers pipelines (and verbs).</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, Action<DeepTrackAppBuilder> configure)
        => Run(args, configure, Console.Out, Console.Error);

    /// <summary>Parses <paramref name="args"/> and runs the verb they name, writing to the given writers.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="configure">Registers pipelines (and verbs).</param>
    /// <param name="output">Where results and help go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, Action<DeepTrackAppBuilder> configure, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configure);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var outputConsole = CreateConsole(output, output == Console.Out && !Console.IsOutputRedirected);
        var errorConsole = CreateConsole(error, error == Console.Error && !Console.IsErrorRedirected);

        RootCommand root;
        try
        {
            var builder = new DeepTrackAppBuilder();
            configure(builder);
            root = CreateRoot(builder, new VerbContext(builder.Pipelines, outputConsole, errorConsole, TimeProvider.System));
        }
        catch (Exception e)
        {
            return Fail(errorConsole, "the program's pipelines could not be registered: " + Describe(e), e, FailureExitCode);
        }

        ParseResult parse;
        try
        {
            parse = root.Parse(args);
        }
        catch (Exception e)
        {
            return Fail(errorConsole, "the command line could not be read: " + Describe(e), e, UsageExitCode);
        }

        if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
        {
            foreach (var problem in parse.Errors)
            {
                WriteError(errorConsole, problem.Message);
            }

            string verb = parse.CommandResult.Command == root ? string.Empty : " " + parse.CommandResult.Command.Name;
            errorConsole.WriteLine($"Run '{root.Name}{verb} --help' for usage.");
            return UsageExitCode;
        }

        try
        {
            // Ctrl+C cancels the work, which stops after its current batch and finishes the block being written.
            var configuration = new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                Output = output,
                Error = error,
                ProcessTerminationTimeout = TimeSpan.FromSeconds(60),
            };
            return parse.InvokeAsync(configuration).GetAwaiter().GetResult();
        }
        catch (CommandLineUsageException e)
        {
            return Fail(errorConsole, e.Message, e, UsageExitCode);
        }
        catch (ArgumentException e) when (e.ParamName is null)
        {
            return Fail(errorConsole, e.Message, e, UsageExitCode);
        }
        catch (OperationCanceledException e)
        {
            return Fail(errorConsole, "interrupted. Complete files are kept; the same command resumes.", e, CanceledExitCode);
        }
        catch (Exception e)
        {
            return Fail(errorConsole, Describe(e), e, FailureExitCode);
        }
    }

    private static RootCommand CreateRoot(DeepTrackAppBuilder builder, VerbContext context)
    {
        var root = new RootCommand(builder.Description ?? DefaultDescription(builder))
        {
            context.PipelineOption,
            context.SeedOption,
        };
        AppVerb[] verbs = [new ListVerb(), new PreviewVerb(), new ExportVerb(), new StatsVerb(), .. builder.Verbs];
        foreach (var verb in verbs)
        {
            if (root.Subcommands.Any(c => c.Name == verb.Name))
            {
                throw new ArgumentException($"The verb '{verb.Name}' is built in; give the added verb another name.");
            }

            var command = verb.CreateCommand(context);
            if (command.Name != verb.Name)
            {
                throw new ArgumentException($"The verb '{verb.Name}' created a command named '{command.Name}'.");
            }

            root.Subcommands.Add(command);
        }

        return root;
    }

    private static string DefaultDescription(DeepTrackAppBuilder builder)
        => "Simulated microscopy data from this program's pipelines (" + string.Join(", ", builder.Pipelines.Select(p => p.Name)) +
           "): preview samples, export datasets with their ground truth, and see the distributions of what is drawn.";

    private static IAnsiConsole CreateConsole(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!terminal)
        {
            // Logs and files are not wrapped at 80 columns.
            console.Profile.Width = 4096;
        }

        return console;
    }

    private static int Fail(IAnsiConsole console, string message, Exception exception, int code)
    {
        WriteError(console, message);
        if (Environment.GetEnvironmentVariable("DEEPTRACK_STACKTRACE") == "1")
        {
            console.WriteLine(exception.ToString());
        }

        return code;
    }

    private static void WriteError(IAnsiConsole console, string message) => console.MarkupLine("[red]error:[/] " + Markup.Escape(message));

    private static string Describe(Exception e)
    {
        if (e is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            return Describe(aggregate.InnerExceptions[0]);
        }

        string message = e.Message;
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (!message.Contains(inner.Message, StringComparison.Ordinal))
            {
                message += " (" + inner.Message + ")";
            }
        }

        return message;
    }
}
