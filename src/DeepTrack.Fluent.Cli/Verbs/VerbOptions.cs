using System;
using System.CommandLine;
using System.CommandLine.Parsing;

namespace DeepTrack.Fluent.Cli.Verbs;

/// <summary>Options several verbs have, with their checks.</summary>
internal static class VerbOptions
{
    public static Option<int> Count(string description, int? defaultValue)
    {
        var option = new Option<int>("--count", "-n") { Description = description, HelpName = "n", Required = defaultValue is null };
        if (defaultValue is { } value)
        {
            option.DefaultValueFactory = _ => value;
        }

        AtLeast(option, 1);
        return option;
    }

    public static Option<long> Start()
    {
        var option = new Option<long>("--start") { Description = "The first sample index.", HelpName = "index", DefaultValueFactory = _ => 0 };
        option.Validators.Add(result =>
        {
            if (TryGet(result, out long value) && value < 0)
            {
                result.AddError($"--start must be ≥ 0 (got {value}).");
            }
        });
        return option;
    }

    public static Option<int?> Threads()
    {
        var option = new Option<int?>("--threads") { Description = "Worker threads (default: all cores). Never changes the results.", HelpName = "n" };
        option.Validators.Add(result =>
        {
            if (TryGet(result, out int? value) && value < 1)
            {
                result.AddError($"--threads must be ≥ 1 (got {value}).");
            }
        });
        return option;
    }

    public static void AtLeast(Option<int> option, int minimum)
    {
        option.Validators.Add(result =>
        {
            if (TryGet(result, out int value) && value < minimum)
            {
                result.AddError($"{option.Name} must be ≥ {minimum} (got {value}).");
            }
        });
    }

    /// <summary>The option's value, or false when its text does not convert (System.CommandLine reports that itself).</summary>
    public static bool TryGet<T>(OptionResult result, out T value)
    {
        try
        {
            value = result.GetValueOrDefault<T>();
            return true;
        }
        catch (InvalidOperationException)
        {
            value = default!;
            return false;
        }
    }
}
