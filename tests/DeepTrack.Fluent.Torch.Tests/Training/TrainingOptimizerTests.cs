using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch.Tests;

/// <summary>
/// <see cref="TrainingOptimizer"/> against TorchSharp's own optimisers, the reference for the update rules. TorchSharp's
/// optimisers can crash when another thread collects garbage during a step, so these runs are short and run alone.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class TrainingOptimizerTests
{
    [Theory]
    [InlineData(OptimizerKind.Adam, 0.0, 0.0)]
    [InlineData(OptimizerKind.Adam, 0.01, 0.0)]
    [InlineData(OptimizerKind.AdamW, 0.05, 0.0)]
    [InlineData(OptimizerKind.Sgd, 0.0, 0.0)]
    [InlineData(OptimizerKind.Sgd, 0.01, 0.9)]
    [InlineData(OptimizerKind.RmsProp, 0.0, 0.0)]
    [InlineData(OptimizerKind.RmsProp, 0.01, 0.5)]
    public void Thirty_steps_give_the_same_weights_as_torchsharps_optimizer(OptimizerKind kind, double weightDecay, double momentum)
    {
        const double rate = 0.01;
        var ours = new Mlp(6, [5], 3, seed: 4);
        var theirs = new Mlp(6, [5], 3, seed: 4);
        using var optimizer = new TrainingOptimizer(ours.parameters(), kind, rate, weightDecay, momentum);
        using var reference = kind switch
        {
            OptimizerKind.Adam => (optim.Optimizer)optim.Adam(theirs.parameters(), rate, weight_decay: weightDecay),
            OptimizerKind.AdamW => optim.AdamW(theirs.parameters(), rate, weight_decay: weightDecay),
            OptimizerKind.Sgd => optim.SGD(theirs.parameters(), rate, momentum: momentum, weight_decay: weightDecay),
            _ => optim.RMSProp(theirs.parameters(), rate, momentum: momentum, weight_decay: weightDecay),
        };

        using var generator = new Generator(9);
        for (int step = 0; step < 30; step++)
        {
            using var scope = NewDisposeScope();
            var input = randn(8, 6, generator: generator);
            var target = randn(8, 3, generator: generator);
            optimizer.ZeroGrad();
            nn.functional.mse_loss(ours.forward(input), target).backward();
            optimizer.Step();
            reference.zero_grad();
            nn.functional.mse_loss(theirs.forward(input), target).backward();
            reference.step();
        }

        var expected = theirs.parameters().Select(p => p.data<float>().ToArray()).ToArray();
        var actual = ours.parameters().Select(p => p.data<float>().ToArray()).ToArray();
        Assert.Equal(expected, actual);
        using var initial = new Mlp(6, [5], 3, seed: 4);
        Assert.NotEqual(initial.parameters().First().data<float>().ToArray(), actual[0]);
    }

    [Fact]
    public void Bad_hyperparameters_name_the_argument_and_the_value()
    {
        var model = new Mlp(2, [], 1);
        var rate = Assert.Throws<ArgumentOutOfRangeException>(() => new TrainingOptimizer(model.parameters(), OptimizerKind.Adam, 0));
        Assert.Equal("learningRate", rate.ParamName);
        var beta = Assert.Throws<ArgumentOutOfRangeException>(() => new TrainingOptimizer(model.parameters(), OptimizerKind.Adam, 1e-3, beta1: 1));
        Assert.Equal("beta1", beta.ParamName);
        Assert.Contains("[0, 1)", beta.Message);
        Assert.Throws<ArgumentException>(() => new TrainingOptimizer([], OptimizerKind.Sgd, 1e-3));
        var disposed = new TrainingOptimizer(model.parameters(), OptimizerKind.Sgd, 1e-3);
        disposed.Dispose();
        Assert.Throws<ObjectDisposedException>(disposed.Step);
    }
}
