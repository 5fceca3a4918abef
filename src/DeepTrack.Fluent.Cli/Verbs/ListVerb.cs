using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace DeepTrack.Fluent.Cli.Verbs;

/// <summary><c>list</c>: the registered pipelines, and with <c>--features</c> each one's printout.</summary>
internal sealed class ListVerb : AppVerb
{
    public override string Name => "list";

    public override Command CreateCommand(VerbContext context)
    {
        var features = new Option<bool>("--features") { Description = "Print each pipeline's features and rules." };
        var command = new Command(Name, "List the pipelines of this program.") { features };
        command.SetAction(result =>
        {
            var table = new Table().AddColumns("pipeline", "makes", "seed", "description");
            foreach (var pipeline in context.Pipelines)
            {
                table.AddRow(
                    Markup.Escape(pipeline.Name),
                    Markup.Escape(TypeNames.Of(pipeline.SampleType)),
                    (result.GetValue(context.SeedOption) ?? pipeline.DefaultSeed).ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(pipeline.Description ?? string.Empty));
            }

            context.Output.Write(table);
            if (result.GetValue(features))
            {
                foreach (var pipeline in context.Pipelines)
                {
                    context.Output.WriteLine();
                    context.Output.WriteLine(pipeline.Name + ":");
                    foreach (string line in pipeline.Describe(result.GetValue(context.SeedOption) ?? pipeline.DefaultSeed))
                    {
                        context.Output.WriteLine("  " + line);
                    }
                }
            }

            return 0;
        });
        return command;
    }
}
