namespace DeepTrack.Fluent.Torch.Tests;

/// <summary>
/// A test of the long soak, which takes many minutes: it runs only when the environment variable
/// <c>DEEPTRACK_FLUENT_SOAK</c> is 1 (<c>DEEPTRACK_FLUENT_SOAK=1 dotnet test tests/DeepTrack.Fluent.Torch.Tests -c Release
/// --filter Category=Soak</c>) and is skipped otherwise. docs/training.md records its results.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SoakFactAttribute : FactAttribute
{
    public SoakFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("DEEPTRACK_FLUENT_SOAK") != "1")
        {
            Skip = "Long soak: set DEEPTRACK_FLUENT_SOAK=1 to run it.";
        }
    }
}
