using DeepTrack.Fluent.Torch;

namespace LodeStarSample;

/// <summary>Detection of emitters in 64×64 frames at one density by LodeSTAR (matching radius 3 px).</summary>
/// <param name="Particles">Emitters per frame.</param>
/// <param name="Frames">Frames tested.</param>
/// <param name="Score">True and false positives, false negatives and the matched detections' error.</param>
public sealed record DensityResult(int Particles, int Frames, DetectionScore Score)
{
    /// <summary>The F1 score.</summary>
    public double F1 => Score.F1;

    /// <summary>The precision.</summary>
    public double Precision => Score.Precision;

    /// <summary>The recall.</summary>
    public double Recall => Score.Recall;

    /// <summary>The matched detections' root-mean-square error in pixels.</summary>
    public double RootMeanSquareError => Score.RootMeanSquareError;
}
