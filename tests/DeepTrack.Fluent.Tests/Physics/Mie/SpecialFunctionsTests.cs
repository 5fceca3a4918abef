using DeepTrack.Fluent.Physics.Mie;
using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Tests.Physics.Mie;

/// <summary>
/// The public Bessel functions against values from their power series summed in exact rational arithmetic
/// (an independent method: J_n(x) = Σ (−1)^k (x/2)^(2k+n) / (k! (k+n)!), j_n(x) = xⁿ Σ (−x²/2)^k / (k! (2n+2k+1)!!))
/// and against closed forms.
/// </summary>
public class SpecialFunctionsTests
{
    [Theory]
    [InlineData(0, 1, 0.7651976865579666)]
    [InlineData(1, 1, 0.4400505857449335)]
    [InlineData(0, 10, -0.24593576445134835)]
    [InlineData(1, 10, 0.04347274616886144)]
    [InlineData(5, 10, -0.23406152818679363)]
    [InlineData(2, 5, 0.046565116277752214)]
    [InlineData(10, 1, 2.6306151236874534e-10)]
    [InlineData(3, 30, 0.129211228759725)]
    [InlineData(50, 30, 2.0581656631564178e-08)]
    public void Cylindrical_J_matches_its_series(int n, double x, double expected)
        => Assert.Equal(expected, SpecialFunctions.BesselJ(n, x), Math.Abs(expected) * 1e-12 + 1e-16);

    [Fact]
    public void Cylindrical_J_symmetries_and_zeros()
    {
        Assert.Equal(-SpecialFunctions.BesselJ(3, 2.5), SpecialFunctions.BesselJ(-3, 2.5), 15);
        Assert.Equal(-SpecialFunctions.BesselJ(1, 2.5), SpecialFunctions.BesselJ(1, -2.5), 15);
        Assert.Equal(1, SpecialFunctions.BesselJ(0, 0));
        Assert.Equal(0, SpecialFunctions.BesselJ(0, 2.404825557695773), 14);   // first zero of J₀ (A&S 9.5)
        Assert.Equal(0, SpecialFunctions.BesselJ(1, 3.831705970207512), 14);   // first zero of J₁
    }

    [Theory]
    [InlineData(1, 1, 0.3011686789397568)]
    [InlineData(5, 10, -0.05553451162145218)]
    [InlineData(10, 1, 7.116552640047314e-11)]
    [InlineData(20, 10, 2.3083719613194687e-06)]
    [InlineData(3, 0.001, 9.523808994709007e-12)]
    public void Spherical_j_matches_its_series(int n, double x, double expected)
        => Assert.Equal(expected, SpecialFunctions.SphericalBesselJ(n, x), Math.Abs(expected) * 1e-12);

    [Theory]
    [InlineData(0.5)]
    [InlineData(3)]
    [InlineData(17.25)]
    public void Spherical_functions_of_low_order_match_their_closed_forms(double x)
    {
        double s = Math.Sin(x), c = Math.Cos(x);
        Assert.Equal(s / x, SpecialFunctions.SphericalBesselJ(0, x), 14);
        Assert.Equal(s / (x * x) - c / x, SpecialFunctions.SphericalBesselJ(1, x), 14);
        Assert.Equal((3 / (x * x) - 1) * s / x - 3 * c / (x * x), SpecialFunctions.SphericalBesselJ(2, x), 13);
        Assert.Equal(-c / x, SpecialFunctions.SphericalBesselY(0, x), 14);
        Assert.Equal(-c / (x * x) - s / x, SpecialFunctions.SphericalBesselY(1, x), 13);

        // ξₙ = ψₙ − iχₙ, and the Wronskian ψₙ₋₁ χₙ − ψₙ χₙ₋₁ = 1 (from ψ₀ = sin x, χ₀ = cos x, ψ₁ = sin x/x − cos x,
        // χ₁ = cos x/x + sin x: cos² + sin² = 1; both obey one recurrence, so it holds for every n).
        var psi = SpecialFunctions.RiccatiBesselPsi(x, 12);
        var chi = SpecialFunctions.RiccatiBesselChi(x, 12);
        var xi = SpecialFunctions.RiccatiBesselXi(x, 12);
        for (int n = 1; n <= 12; n++)
        {
            Assert.Equal(1, psi[n - 1] * chi[n] - psi[n] * chi[n - 1], 9);
            Assert.Equal((psi[n], -chi[n]), (xi[n].Real, xi[n].Imaginary));
        }
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        Assert.Equal("x", Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.BesselJ(0, double.NaN)).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.RiccatiBesselPsi(0, 3)).ParamName);
        Assert.Equal("maxOrder", Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.RiccatiBesselChi(1, -1)).ParamName);
    }
}
