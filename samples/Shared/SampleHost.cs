using System;
using System.Globalization;

namespace Samples;

/// <summary>
/// The entry point the samples share: numbers printed and parsed in the invariant culture, the usage for
/// <c>--help</c>, and for a bad command line its message and the usage on the error stream and exit code 2 (no stack
/// trace).
/// </summary>
internal static class SampleHost
{
    /// <summary>The exit code of a command line that could not be read.</summary>
    public const int BadCommandLine = 2;

    /// <summary>Reads the command line and runs the sample with it.</summary>
    /// <typeparam name="TSettings">The sample's settings.</typeparam>
    /// <param name="args">The command line.</param>
    /// <param name="run">The sample; returns its exit code.</param>
    /// <returns>The exit code: the sample's, 0 after the usage, or <see cref="BadCommandLine"/>.</returns>
    public static int Run<TSettings>(string[] args, Func<TSettings, int> run)
        where TSettings : ISampleSettings<TSettings>
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        TSettings settings;
        try
        {
            settings = TSettings.Parse(args);
        }
        catch (Exception error) when (error is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine(error.Message);
            Console.Error.WriteLine(TSettings.Usage);
            return BadCommandLine;
        }

        if (settings.Help)
        {
            Console.WriteLine(TSettings.Usage);
            return 0;
        }

        return run(settings);
    }
}
