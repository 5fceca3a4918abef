namespace DeepTrack.Fluent;

/// <summary>Marks features that evaluate their children once per replica (one level deeper in <see cref="ReplicaPath"/>).</summary>
internal interface IReplicating
{
}
