using System;

namespace DeepTrack.Fluent.Torch;

/// <summary>Reads counts from density-map outputs (each object a blob that integrates to one, as in the paper's cell counting, §IV.6).</summary>
public static class Density
{
    /// <summary>The number of objects a density map stands for: the sum of its pixels divided by the integral of one object.</summary>
    /// <param name="map">The model's output for one image.</param>
    /// <param name="integralPerObject">What one object integrates to in the training labels (1 when each blob is normalised).</param>
    /// <returns>The (fractional) count.</returns>
    public static double Count(Image<double> map, double integralPerObject = 1)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (!(integralPerObject > 0) || double.IsInfinity(integralPerObject))
        {
            throw new ArgumentOutOfRangeException(nameof(integralPerObject), integralPerObject, "The integral per object must be positive and finite.");
        }

        return map.Sum() / integralPerObject;
    }
}
