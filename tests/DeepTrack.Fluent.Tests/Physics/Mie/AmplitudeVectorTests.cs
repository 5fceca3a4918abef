using System.Numerics;
using DeepTrack.Fluent.Physics.Mie;

namespace DeepTrack.Fluent.Tests.Physics.Mie;

/// <summary>
/// S₁ and S₂ for many angles at once (the lanes of a vector) are bit for bit those of one angle at a time
/// (<see cref="MieCoefficientSet.AmplitudeFunctionsAtCosine"/>, the code that evaluated every angle before), for
/// spheres from x = 0.1 to 60, any count of angles (vector bodies and scalar tails), cosines over [−1, 1] including
/// ±1 and 0, and coefficients that are not finite (lanes evaluated again one at a time).
/// </summary>
public class AmplitudeVectorTests
{
    [Fact]
    public void ManyAnglesAtOnceAreBitForBitOneAtATime()
    {
        var random = new Random(11);
        int compared = 0;
        for (int trial = 0; trial < 200; trial++)
        {
            double x = trial % 50 == 0 ? 60 : 0.1 + 20 * random.NextDouble();
            var set = MieCoefficients.Compute(new Complex(1.05 + random.NextDouble(), 0.1 * random.NextDouble()), x);
            var a = set.A.ToArray();
            var b = set.B.ToArray();
            if (trial % 10 == 9)
            {
                // A coefficient that is not finite: Complex treats it apart, so the vector lanes must not be used.
                (trial % 20 == 9 ? a : b)[random.Next(a.Length)] = new Complex(trial % 3 == 0 ? double.NaN : double.PositiveInfinity, 1);
            }

            var cosines = new double[random.Next(0, 40)];
            for (int i = 0; i < cosines.Length; i++)
            {
                cosines[i] = random.Next(6) switch { 0 => 1, 1 => -1, 2 => 0, _ => 2 * random.NextDouble() - 1 };
            }

            var s1 = new Complex[cosines.Length];
            var s2 = new Complex[cosines.Length];
            MieCoefficientSet.Evaluate(a, b, cosines, s1, s2);
            for (int i = 0; i < cosines.Length; i++)
            {
                var (e1, e2) = MieCoefficientSet.AmplitudeFunctionsAtCosine(a, b, cosines[i]);
                Assert.True(
                    Same(e1, s1[i]) && Same(e2, s2[i]),
                    $"trial {trial}, x {x}, cos θ {cosines[i]:R}: one at a time ({e1}, {e2}), together ({s1[i]}, {s2[i]})");
                compared++;
            }
        }

        Assert.True(compared > 3000, $"only {compared} angles compared");
    }

    private static bool Same(Complex expected, Complex actual)
        => BitConverter.DoubleToInt64Bits(expected.Real) == BitConverter.DoubleToInt64Bits(actual.Real)
            && BitConverter.DoubleToInt64Bits(expected.Imaginary) == BitConverter.DoubleToInt64Bits(actual.Imaginary);
}
