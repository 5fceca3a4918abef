using System.Collections.Generic;

namespace Mnist;

/// <summary>What a run measured.</summary>
/// <param name="TrainingDigits">Training digits.</param>
/// <param name="TestDigits">Test digits.</param>
/// <param name="Epochs">Epochs trained.</param>
/// <param name="Accuracy">Accuracy of the final network on the test digits.</param>
/// <param name="NearestMeanAccuracy">Accuracy of a nearest-class-mean classifier on the same split (a floor to beat).</param>
/// <param name="Confusion">Confusion[true][predicted] counts on the test digits.</param>
/// <param name="TopConfusions">The most frequent errors, most frequent first.</param>
/// <param name="TrainingSeconds">Wall time of training (augmentation included).</param>
public sealed record MnistResult(
    int TrainingDigits,
    int TestDigits,
    int Epochs,
    double Accuracy,
    double NearestMeanAccuracy,
    int[][] Confusion,
    IReadOnlyList<Confusion> TopConfusions,
    double TrainingSeconds);

/// <summary>One kind of error.</summary>
/// <param name="True">The true digit.</param>
/// <param name="Predicted">The digit predicted.</param>
/// <param name="Count">How often.</param>
public sealed record Confusion(int True, int Predicted, int Count);
