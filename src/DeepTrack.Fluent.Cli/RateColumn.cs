using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace DeepTrack.Fluent.Cli;

/// <summary>A progress column with the task's rate in its own unit ("512 samples/s").</summary>
internal sealed class RateColumn(string unit) : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, System.TimeSpan deltaTime)
        => new Text(task.Speed is { } speed ? string.Create(CultureInfo.InvariantCulture, $"{speed:F0} {unit}/s") : $"– {unit}/s", new Style(Color.Grey));
}
