using Microsoft.Extensions.DependencyInjection;
using NetworkingCoach.Data;

namespace NetworkingCoach.Tests.Data;

public class DataServiceCollectionExtensionsTests
{
    [Fact]
    public void The_data_layer_registers_the_store_and_none_of_the_features_above_it()
    {
        var services = new ServiceCollection().AddNetworkingCoachData(DatabaseLocation.ForFile("unused.db"));

        var ours = services.Select(s => s.ServiceType).Where(t => t.Namespace?.StartsWith("NetworkingCoach", StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(ours);
        Assert.All(ours, t => Assert.Equal("NetworkingCoach.Data", t.Namespace));
    }

    [Fact]
    public void The_core_registration_can_build_every_service_it_registers()
    {
        var services = new ServiceCollection().AddLogging().AddNetworkingCoachCore(DatabaseLocation.ForFile("unused.db"));

        // ValidateOnBuild checks that each registration's dependencies are registered too, without opening the store.
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.Contains(services, s => s.ServiceType == typeof(NetworkingCoach.Touchpoints.TouchpointService));
    }
}
