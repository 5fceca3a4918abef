using System;
using System.Collections.Generic;
using System.Linq;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// Adam, AdamW, SGD and RMSprop with PyTorch's update rules (the same operations, in the same order, as TorchSharp's
/// <c>optim</c> classes, so the weights agree bit for bit), written so that every <see cref="Scalar"/> lives until the
/// native call that reads it has returned. <see cref="Trainer"/> optimises with it; use it in your own training loops too.
/// </summary>
/// <remarks>
/// <para><b>Why not TorchSharp's optimisers.</b> TorchSharp 0.107's optimisers pass plain <c>double</c>s to methods that take a
/// <see cref="Scalar"/> (<c>exp_avg.mul_(beta1)</c>, <c>add_(grad, alpha: 1 - beta1)</c>, <c>addcdiv_(…, value: -step)</c>).
/// Each implicit conversion creates a <see cref="Scalar"/> that owns a native <c>c10::Scalar</c> and is freed only by its
/// finalizer; the method reads the pointer (<c>value.Handle</c>) and calls into libtorch, after which nothing references the
/// managed object. When another thread triggers a garbage collection during that native call, the Scalar is collected,
/// the finalizer thread frees the <c>c10::Scalar</c>, and libtorch reads freed memory: <c>Expected false to be true … toFloat
/// at c10/core/Scalar.h:140</c> or <c>Unknown scalar type</c>. Training with a <see cref="ContinuousGenerator{TIn, TSample}"/>
/// makes this likely, because its producer allocates on another thread all the time. Here every Scalar is a local in a
/// <c>using</c> declaration, which keeps it reachable until its native call has returned.</para>
/// <para>The same rule applies to your own losses and metrics: <c>tensor * 2.0</c>, <c>1 - tensor</c>, and even
/// <c>a + b</c> of two tensors or <c>add_(scalar)</c> (an implicit alpha of 1), and <c>square()</c> (<c>pow(2)</c>) create such Scalars. Create them explicitly,
/// <c>using var two = 2.0.ToScalar(); var y = tensor.mul(two);</c>, as the built-in <see cref="Loss"/> and
/// <see cref="Metric"/> members do.</para>
/// </remarks>
public sealed class TrainingOptimizer : IDisposable
{
    private readonly List<ParameterState> states;
    private readonly double beta1;
    private readonly double beta2;
    private readonly double epsilon;
    private readonly double alpha;
    private bool disposed;

    /// <summary>Creates an optimiser for some parameters.</summary>
    /// <param name="parameters">The parameters, e.g. <c>model.parameters()</c>.</param>
    /// <param name="kind">The algorithm.</param>
    /// <param name="learningRate">The learning rate (positive).</param>
    /// <param name="weightDecay">Weight decay: decoupled for AdamW (the weights shrink by lr·decay per step), an L2 term added to the gradient otherwise.</param>
    /// <param name="momentum">Momentum of SGD and RMSprop (ignored by Adam and AdamW).</param>
    /// <param name="beta1">Adam's β₁ (the decay of the gradient's running mean).</param>
    /// <param name="beta2">Adam's β₂ (the decay of the squared gradient's running mean).</param>
    /// <param name="epsilon">Added to the denominators of Adam and RMSprop.</param>
    /// <param name="alpha">RMSprop's smoothing constant.</param>
    public TrainingOptimizer(IEnumerable<Parameter> parameters, OptimizerKind kind, double learningRate, double weightDecay = 0, double momentum = 0,
        double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8, double alpha = 0.99)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown optimiser.");
        }

        Finite(learningRate, nameof(learningRate), positive: true);
        Finite(weightDecay, nameof(weightDecay), positive: false);
        Finite(momentum, nameof(momentum), positive: false);
        Finite(epsilon, nameof(epsilon), positive: false);
        Fraction(beta1, nameof(beta1));
        Fraction(beta2, nameof(beta2));
        Fraction(alpha, nameof(alpha));
        Kind = kind;
        LearningRate = learningRate;
        WeightDecay = weightDecay;
        Momentum = momentum;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.alpha = alpha;
        states = parameters.Select(p => new ParameterState(p ?? throw new ArgumentException("A parameter is null.", nameof(parameters)))).ToList();
        if (states.Count == 0)
        {
            throw new ArgumentException("There are no parameters to optimise.", nameof(parameters));
        }
    }

    /// <summary>The algorithm.</summary>
    public OptimizerKind Kind { get; }

    /// <summary>The learning rate.</summary>
    public double LearningRate { get; }

    /// <summary>The weight decay.</summary>
    public double WeightDecay { get; }

    /// <summary>The momentum (SGD and RMSprop).</summary>
    public double Momentum { get; }

    /// <summary>Sets the gradients of all parameters to zero (in place, as TorchSharp's <c>zero_grad</c> does).</summary>
    public void ZeroGrad()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        foreach (var state in states)
        {
            using var grad = state.Parameter.grad;
            grad?.zero_();
        }
    }

    /// <summary>Updates every parameter that has a gradient (under <c>no_grad</c>, temporaries in their own dispose scope).</summary>
    public void Step()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        foreach (var state in states)
        {
            var grad = state.Parameter.grad;
            if (grad is null)
            {
                continue;
            }

            state.Steps++;
            switch (Kind)
            {
                case OptimizerKind.Adam:
                case OptimizerKind.AdamW:
                    Adam(state, grad);
                    break;
                case OptimizerKind.Sgd:
                    Sgd(state, grad);
                    break;
                default:
                    RmsProp(state, grad);
                    break;
            }
        }

        // The parameter states hold the running averages that the native calls above read.
        GC.KeepAlive(this);
    }

    /// <summary>The optimised parameters, in the order they were given.</summary>
    internal IReadOnlyList<Parameter> Parameters => states.Select(s => s.Parameter).ToList();

    /// <summary>The running averages of each parameter, in <see cref="Parameters"/> order (the optimiser's own tensors: read, do not keep).</summary>
    /// <returns>One entry per parameter.</returns>
    internal List<ParameterMoments> Moments()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return states.Select(s => new ParameterMoments(s.Steps, s.First, s.Second)).ToList();
    }

    /// <summary>Replaces the running averages by copies of saved ones (on each parameter's device), e.g. to resume training.</summary>
    /// <param name="moments">One entry per parameter, in <see cref="Parameters"/> order, of the parameters' shapes.</param>
    internal void Restore(IReadOnlyList<ParameterMoments> moments)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (moments.Count != states.Count)
        {
            throw new ArgumentException($"{moments.Count} saved states for {states.Count} parameters.", nameof(moments));
        }

        using var noGrad = no_grad();
        for (int i = 0; i < states.Count; i++)
        {
            var state = states[i];
            state.Dispose();
            state.Steps = moments[i].Steps;
            state.First = Copy(moments[i].First, state.Parameter);
            state.Second = Copy(moments[i].Second, state.Parameter);
        }

        static Tensor? Copy(Tensor? saved, Parameter parameter) => saved is null ? null : zeros_like(parameter).copy_(saved).DetachFromDisposeScope();
    }

    /// <summary>Frees the running averages.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        foreach (var state in states)
        {
            state.Dispose();
        }
    }

    private void Adam(ParameterState state, Tensor grad)
    {
        var parameter = state.Parameter;
        if (Kind == OptimizerKind.AdamW && WeightDecay != 0)
        {
            using var shrink = (1 - LearningRate * WeightDecay).ToScalar();
            parameter.mul_(shrink);
        }
        else if (WeightDecay != 0)
        {
            grad = WithWeightDecay(grad, parameter);
        }

        state.First ??= zeros_like(parameter).DetachFromDisposeScope();
        state.Second ??= zeros_like(parameter).DetachFromDisposeScope();
        using var b1 = beta1.ToScalar();
        using var b2 = beta2.ToScalar();
        using var oneMinusB1 = (1 - beta1).ToScalar();
        using var oneMinusB2 = (1 - beta2).ToScalar();
        using var eps = epsilon.ToScalar();
        using var one = 1.0.ToScalar();
        using var root = Math.Sqrt(1 - Math.Pow(beta2, state.Steps)).ToScalar();
        using var step = (-LearningRate / (1 - Math.Pow(beta1, state.Steps))).ToScalar();
        state.First.mul_(b1).add_(grad, oneMinusB1);
        state.Second.mul_(b2).addcmul_(grad, grad, oneMinusB2);
        var denominator = state.Second.sqrt().div_(root).add_(eps, one);
        parameter.addcdiv_(state.First, denominator, step);
    }

    private void Sgd(ParameterState state, Tensor grad)
    {
        var parameter = state.Parameter;
        if (WeightDecay != 0)
        {
            grad = WithWeightDecay(grad, parameter);
        }

        if (Momentum != 0)
        {
            if (state.First is null)
            {
                state.First = grad.detach().clone().DetachFromDisposeScope();
            }
            else
            {
                using var momentum = Momentum.ToScalar();
                using var one = 1.0.ToScalar();
                state.First.mul_(momentum).add_(grad, one);
            }

            grad = state.First;
        }

        using var step = (-LearningRate).ToScalar();
        parameter.add_(grad, step);
    }

    private void RmsProp(ParameterState state, Tensor grad)
    {
        var parameter = state.Parameter;
        if (WeightDecay != 0)
        {
            grad = WithWeightDecay(grad, parameter);
        }

        state.Second ??= zeros_like(parameter).DetachFromDisposeScope();
        using var a = alpha.ToScalar();
        using var oneMinusA = (1 - alpha).ToScalar();
        using var eps = epsilon.ToScalar();
        using var one = 1.0.ToScalar();
        using var step = (-LearningRate).ToScalar();
        state.Second.mul_(a).addcmul_(grad, grad, oneMinusA);
        var average = state.Second.sqrt().add_(eps, one);
        if (Momentum > 0)
        {
            state.First ??= zeros_like(parameter).DetachFromDisposeScope();
            using var momentum = Momentum.ToScalar();
            state.First.mul_(momentum).addcdiv_(grad, average, one);
            parameter.add_(state.First, step);
        }
        else
        {
            parameter.addcdiv_(grad, average, step);
        }
    }

    private Tensor WithWeightDecay(Tensor grad, Parameter parameter)
    {
        using var decay = WeightDecay.ToScalar();
        return grad.add(parameter, decay);
    }

    private static void Finite(double value, string name, bool positive)
    {
        if (!double.IsFinite(value) || value < 0 || (positive && value == 0))
        {
            throw new ArgumentOutOfRangeException(name, value, positive ? "Must be positive and finite." : "Must be finite and not negative.");
        }
    }

    private static void Fraction(double value, string name)
    {
        if (!(value >= 0 && value < 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be in [0, 1).");
        }
    }

    /// <summary>The state of one parameter's update rule: its step count and running averages (null before they exist).</summary>
    /// <param name="Steps">Updates made.</param>
    /// <param name="First">Adam's mean, SGD's and RMSprop's momentum.</param>
    /// <param name="Second">Adam's and RMSprop's mean square.</param>
    internal sealed record ParameterMoments(long Steps, Tensor? First, Tensor? Second);

    /// <summary>A parameter and its running averages (Adam: mean and mean square; SGD: momentum; RMSprop: mean square and momentum).</summary>
    private sealed class ParameterState(Parameter parameter) : IDisposable
    {
        public Parameter Parameter { get; } = parameter;

        public long Steps { get; set; }

        public Tensor? First { get; set; }

        public Tensor? Second { get; set; }

        public void Dispose()
        {
            First?.Dispose();
            Second?.Dispose();
            First = null;
            Second = null;
        }
    }
}
