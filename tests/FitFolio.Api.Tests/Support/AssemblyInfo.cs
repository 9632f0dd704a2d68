using FitFolio.Api.Tests.Support;

[assembly: AssemblyFixture(typeof(TestServersLifetime))]
