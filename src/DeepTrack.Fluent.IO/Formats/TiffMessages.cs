using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using BitMiracle.LibTiff.Classic;

namespace DeepTrack.Fluent.IO.Formats;

/// <summary>
/// Collects LibTiff's error and warning messages about one open file, so that a failure can say why.
/// </summary>
/// <remarks>
/// LibTiff reports through one library-wide handler. This assembly installs a single router the first time a TIFF
/// is opened: it hands each message to the <see cref="TiffMessages"/> stream of the file it concerns and passes
/// messages about files opened elsewhere on to the handler that was installed before (LibTiff's console writer by
/// default). The router keeps no state of its own.
/// </remarks>
internal sealed class TiffMessages : TiffStream
{
    static TiffMessages()
    {
        var previous = Tiff.SetErrorHandler(null);
        Tiff.SetErrorHandler(new Router(previous ?? new TiffErrorHandler()));
    }

    public List<string> Errors { get; } = [];

    public List<string> Warnings { get; } = [];

    /// <summary>The file the messages are about (LibTiff names it in every message; the exception names it once).</summary>
    public required string Path { get; init; }

    /// <summary>The collected errors as one sentence, or <paramref name="fallback"/> when LibTiff said nothing.</summary>
    public string Describe(string fallback)
        => Errors.Count == 0 ? fallback : string.Join("; ", Errors.Select(e => e.Replace(Path + ": ", "", System.StringComparison.Ordinal)));

    /// <summary>Opens a file for reading or writing with its messages collected here.</summary>
    public static Tiff? Open(string path, string mode, System.IO.Stream stream, TiffMessages messages)
        => Tiff.ClientOpen(path, mode, stream, messages);

    private sealed class Router(TiffErrorHandler previous) : TiffErrorHandler
    {
        public override void ErrorHandler(Tiff tif, string method, string format, params object[] args)
        {
            if (tif?.GetStream() is TiffMessages messages)
            {
                messages.Errors.Add(Format(method, format, args));
            }
            else
            {
                previous.ErrorHandler(tif, method, format, args);
            }
        }

        public override void WarningHandler(Tiff tif, string method, string format, params object[] args)
        {
            if (tif?.GetStream() is TiffMessages messages)
            {
                messages.Warnings.Add(Format(method, format, args));
            }
            else
            {
                previous.WarningHandler(tif, method, format, args);
            }
        }

        public override void ErrorHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args)
        {
            if (tif?.GetStream() is not TiffMessages)
            {
                previous.ErrorHandlerExt(tif, clientData, method, format, args);
            }
        }

        public override void WarningHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args)
        {
            if (tif?.GetStream() is not TiffMessages)
            {
                previous.WarningHandlerExt(tif, clientData, method, format, args);
            }
        }

        private static string Format(string method, string format, object[] args)
        {
            string text = args is { Length: > 0 } ? string.Format(CultureInfo.InvariantCulture, format, args) : format;
            return string.IsNullOrEmpty(method) ? text : $"{method}: {text}";
        }
    }
}
