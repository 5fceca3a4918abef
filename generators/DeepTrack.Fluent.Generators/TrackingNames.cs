namespace DeepTrack.Fluent.Generators;

/// <summary>Names of the generator's pipeline steps, for incrementality tests.</summary>
public static class TrackingNames
{
    /// <summary>The step that builds one model per feature declaration.</summary>
    public const string Models = "FeatureModels";
}
