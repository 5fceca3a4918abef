namespace Samples;

/// <summary>The command line of a sample: read from the arguments, with a usage text and a request for it.</summary>
/// <typeparam name="TSelf">The sample's settings type.</typeparam>
internal interface ISampleSettings<TSelf>
    where TSelf : ISampleSettings<TSelf>
{
    /// <summary>The usage text printed for <c>--help</c> and after a bad option.</summary>
    static abstract string Usage { get; }

    /// <summary>Whether the command line asked only for the usage.</summary>
    bool Help { get; }

    /// <summary>Reads the arguments.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="System.ArgumentException">An option is unknown, lacks its value or has a value out of range.</exception>
    /// <exception cref="System.FormatException">A value is not a number.</exception>
    /// <exception cref="System.OverflowException">A number is too large.</exception>
    static abstract TSelf Parse(string[] args);
}
