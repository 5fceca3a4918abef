namespace DeepTrack.Fluent;

/// <summary>An output that carries the ground truth of the features that made it (images do).</summary>
public interface IGroundTruthCarrier
{
    /// <summary>The ground truth.</summary>
    GroundTruth Truth { get; }

    /// <summary>A copy of this output (sharing its data) that carries <paramref name="truth"/> instead.</summary>
    /// <param name="truth">The new ground truth.</param>
    /// <returns>The copy.</returns>
    object WithTruth(GroundTruth truth);
}
