using System;

namespace ParticleLocalization;

/// <summary>The Bessel function J₀ (Abramowitz and Stegun 9.4.1 and 9.4.3; absolute error below 10⁻⁷).</summary>
public static class Bessel
{
    /// <summary>J₀(x).</summary>
    public static double J0(double x)
    {
        double ax = Math.Abs(x);
        if (ax <= 3)
        {
            double y = (x / 3) * (x / 3);
            return 1 + y * (-2.2499997 + y * (1.2656208 + y * (-0.3163866 + y * (0.0444479 + y * (-0.0039444 + y * 0.0002100)))));
        }

        double z = 3 / ax;
        double f = 0.79788456 + z * (-0.00000077 + z * (-0.00552740 + z * (-0.00009512 + z * (0.00137237 + z * (-0.00072805 + z * 0.00014476)))));
        double theta = ax - 0.78539816 + z * (-0.04166397 + z * (-0.00003954 + z * (0.00262573 + z * (-0.00054125 + z * (-0.00029333 + z * 0.00013558)))));
        return f * Math.Cos(theta) / Math.Sqrt(ax);
    }
}
