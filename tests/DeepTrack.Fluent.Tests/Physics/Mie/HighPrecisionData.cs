using System.Collections.Generic;
using System.Numerics;
using Xunit;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;

namespace DeepTrack.Fluent.Tests.Physics.Mie;

/// <summary>
/// Mie coefficients evaluated in 60- to 400-digit arithmetic with mpmath 1.3 (spherical Bessel
/// functions from mpmath.besselj / mpmath.bessely at half-integer order): homogeneous spheres from
/// Bohren–Huffman eq. 4.53, layered spheres by solving the interface conditions layer by layer.
/// </summary>
public static class HighPrecisionData
{
    /// <summary>A homogeneous sphere and selected (n, a_n, b_n).</summary>
    public sealed record HomogeneousCase(Complex M, double X, (int N, Complex A, Complex B)[] Rows)
    {
        /// <inheritdoc/>
        public override string ToString() => $"m={M} x={X}";
    }

    /// <summary>A layered sphere (core outward) and selected (n, a_n, b_n).</summary>
    public sealed record StratifiedCase(Complex[] M, double[] X, (int N, Complex A, Complex B)[] Rows)
    {
        /// <inheritdoc/>
        public override string ToString() => $"m=[{string.Join(", ", M)}] x=[{string.Join(", ", X)}]";
    }

    /// <summary>Homogeneous cases.</summary>
    public static TheoryData<HomogeneousCase> Homogeneous => new()
    {
        new HomogeneousCase(new Complex(1.5, 1.0), 100.0, [
            (1, new Complex(0.5408022301121148, -0.2035451313520819), new Complex(0.4592147416468401, 0.20358786186699634)),
            (2, new Complex(0.4673519137724457, 0.2049720248925521), new Complex(0.5325920659248192, -0.20509810287943)),
            (10, new Complex(0.6591782453253788, 0.13162160292020222), new Complex(0.3382931061712389, -0.1319016238267955)),
            (50, new Complex(0.6059432652720578, 0.14512070554667705), new Complex(0.32720860730570284, -0.16016771794330922)),
            (90, new Complex(0.5380007747904203, 0.11302196457476886), new Complex(0.18700891895707789, 0.15361904082759414)),
            (100, new Complex(0.36429772011854067, 0.23251940492380274), new Complex(0.179403334638269, 0.3062469115893632)),
            (110, new Complex(0.0012493472926741482, 0.00021465869692638664), new Complex(0.00021764701615147494, 0.0005136502468786398)),
            (120, new Complex(2.0931526729861685e-08, -5.013035063266004e-09), new Complex(4.573276493926606e-09, 7.229258415817511e-09)),
            (125, new Complex(2.5112968903799224e-11, -9.339372166315569e-12), new Complex(6.062794270546975e-12, 8.299912583696048e-12))]),
        new HomogeneousCase(new Complex(2.0, 5.0), 100.0, [
            (1, new Complex(0.4192250130736246, -0.4297052246898075), new Complex(0.5808060403237435, 0.4297117010759681)),
            (2, new Complex(0.5978638366607024, 0.4261258737224145), new Complex(0.40204228326840363, -0.4261415645485501)),
            (50, new Complex(0.875235813131639, 0.2056871795282707), new Complex(0.09024402014884013, -0.17497723479302618)),
            (100, new Complex(0.724850298427194, 0.019713401716529758), new Complex(0.16994065741518896, 0.3624911332061458)),
            (120, new Complex(6.084428381383262e-09, -2.53578255471392e-08), new Complex(1.0331063482202426e-09, 1.1607989790337846e-08)),
            (125, new Complex(6.4054352961789736e-12, -3.068025575232211e-11), new Complex(1.4597409279475395e-12, 1.4561815742660936e-11))]),
        new HomogeneousCase(new Complex(0.75, 0.0), 50.0, [
            (1, new Complex(0.0003017967476312854, -0.017369676633558973), new Complex(0.013310946371934947, -0.11460263992866142)),
            (10, new Complex(0.12140101036099576, -0.32659272043988546), new Complex(0.2412028740414999, -0.42781309890607633)),
            (40, new Complex(0.5524264254792475, 0.49724387367917255), new Complex(0.28954220678734244, 0.4535499060478993)),
            (50, new Complex(0.0793138475390069, 0.2702279799124548), new Complex(0.03898772183444601, 0.19356569784082578)),
            (60, new Complex(6.718647560908866e-10, 2.5920354080133326e-05), new Complex(9.259310452840345e-11, 9.622531086976543e-06)),
            (70, new Complex(2.650815766669331e-23, 5.148607352157796e-12), new Complex(1.5910746056853559e-24, 1.2613780581908645e-12))]),
        new HomogeneousCase(new Complex(1.5, 0.1), 1000.0, [
            (1, new Complex(0.5223227460287825, 0.09942360897839182), new Complex(0.4776771774781463, -0.09942386909126538)),
            (500, new Complex(0.5765621128114039, -0.026560856959316256), new Complex(0.38563847071093676, 0.04369043487935923)),
            (1000, new Complex(0.2837855381783272, 0.2988305099469821), new Complex(0.24446749512697727, 0.3558666261302512)),
            (1020, new Complex(0.0013521006686384052, 0.001374092235203245), new Complex(0.000633875856292283, 0.0016921590264350344)),
            (1040, new Complex(9.572693557980789e-08, 5.226321619396731e-08), new Complex(4.937749115253969e-08, 8.80863153212517e-08))]),
        new HomogeneousCase(new Complex(1.33, 0.0), 1000.0, [
            (1, new Complex(8.666530940528717e-05, -0.009309017054954452), new Complex(0.054939280657333896, -0.22786170388678437)),
            (2, new Complex(0.054592269413703196, -0.2271826435579198), new Complex(8.17699682586064e-05, -0.009042305122638662)),
            (700, new Complex(0.76509715181065, -0.4239380852222187), new Complex(0.8598254084437511, -0.34716807952098316)),
            (1000, new Complex(0.1771497879627043, 0.381795417190245), new Complex(0.19382504102404646, 0.39529342834921144)),
            (1030, new Complex(3.244287406011608e-11, -5.695864645430362e-06), new Complex(3.110358727383203e-13, 5.577059016526753e-07)),
            (1040, new Complex(7.673349530905217e-16, 2.770081141574234e-08), new Complex(2.8984978382657643e-15, 5.3837699043196075e-08))]),
        new HomogeneousCase(new Complex(2.0, 5.0), 0.1, [
            (1, new Complex(5.389578727395955e-05, -0.000721218968126562), new Complex(4.255933110867303e-06, 4.860865170559958e-06)),
            (2, new Complex(2.1396649562475402e-08, -3.541901874347051e-07), new Complex(1.2438862829240869e-09, 1.392695399040533e-09)),
            (3, new Complex(5.0220972983553136e-12, -8.955005928321744e-11), new Complex(1.9909205519075596e-13, 2.212853784135754e-13))]),
    };

    /// <summary>Layered cases.</summary>
    public static TheoryData<StratifiedCase> Stratified => new()
    {
        new StratifiedCase([new Complex(2.0, 1.0), new Complex(1.5, 0.0), new Complex(1.33, 0.001)], [5.0, 20.0, 30.0], [
            (1, new Complex(0.44599410995746624, 0.0656589527620185), new Complex(0.5590686130813161, -0.07110695886376872)),
            (10, new Complex(0.0605963334092043, -0.17275609558933236), new Complex(0.02759599639036413, 0.1252483698770211)),
            (20, new Complex(0.657132130715797, -0.46046189741535326), new Complex(0.5048746164883621, -0.4907917336791653)),
            (30, new Complex(0.945867819981004, -0.08874644385876157), new Complex(0.7965730033338626, 0.3508492233909903)),
            (40, new Complex(1.2856375306335196e-08, -3.0734667866831887e-06), new Complex(1.3349831096209165e-08, -1.9427242817546436e-06)),
            (45, new Complex(8.989524547490138e-13, -2.8368114040098367e-10), new Complex(6.069971912119195e-13, -1.21461129066095e-10))]),
        new StratifiedCase([new Complex(1.5, 1.0), new Complex(2.0, 5.0)], [50.0, 60.0], [
            (1, new Complex(0.08358010505198227, 0.13325242388827785), new Complex(0.9164276246624036, -0.1333387960569709)),
            (30, new Complex(0.10268882882641024, 0.1584289484629934), new Complex(0.8961124687810201, -0.20428429613927643)),
            (60, new Complex(0.7213468102134972, -0.060480199399941655), new Complex(0.15790916416208364, 0.34908469650186597)),
            (70, new Complex(6.810883269540828e-05, -0.00025033839889811583), new Complex(8.661342296067825e-06, 0.00010572133484702512)),
            (75, new Complex(7.192195985980052e-08, -3.4465265585038847e-07), new Complex(1.6161954961739434e-08, 1.5972497814822813e-07))]),
        new StratifiedCase([new Complex(1.45, 0.0), new Complex(1.33, 0.0)], [900.0, 1000.0], [
            (1, new Complex(0.9810883250276021, -0.1362131547323393), new Complex(0.872134670914784, -0.3339397950277047)),
            (500, new Complex(0.23404135745528748, -0.42339815830465516), new Complex(0.030390880669483162, -0.1716603479013613)),
            (1000, new Complex(0.45275220855253007, 0.49776264042547064), new Complex(0.32887127246630354, 0.4698031062186561)),
            (1040, new Complex(7.607348310753641e-16, 2.758142184651407e-08), new Complex(3.5474364273608514e-15, 5.956035953015091e-08))]),
    };
}
