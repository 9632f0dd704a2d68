using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Tests.Support;
using FitFolio.Api.Training.Exercises;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitFolio.Api.Tests.Training.Exercises;

public sealed class CatalogueSeedTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Migrating_twice_leaves_exactly_the_catalogue_of_built_ins(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        await using (var twin = app.SecondInstance())
        {
            using var scope = twin.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<FitFolioDbContext>().Database.MigrateAsync();
        }

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FitFolioDbContext>();
            var builtIns = await db.Exercises.Where(e => e.UserId == null).ToListAsync();

            Assert.Equal(231, builtIns.Count);
            Assert.Equal(Catalogue.Exercises.Select(e => Catalogue.IdFor(e.Slug)).Order(), builtIns.Select(e => e.Id).Order());
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_built_ins_the_list_serves_from_memory_are_the_seeded_rows_field_by_field(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FitFolioDbContext>();

        var seeded = (await db.Exercises.AsNoTracking().Where(e => e.UserId == null).ToListAsync()).OrderBy(e => e.Id);

        static string Row(Exercise e) =>
            string.Join('|', e.Id, e.Slug, e.Name, e.SearchName, e.Equipment, e.Kind, e.IsArchived, string.Join(',', e.PrimaryMuscles), string.Join(',', e.SecondaryMuscles));
        Assert.Equal(seeded.Select(Row), Catalogue.BuiltIns.OrderBy(e => e.Id).Select(Row));
    }

    [Fact]
    public void Built_in_ids_are_version_5_uuids_derived_from_the_slug()
    {
        var id = Catalogue.IdFor("barbell-bench-press");

        Assert.Equal(id, Catalogue.IdFor("barbell-bench-press"));
        Assert.NotEqual(id, Catalogue.IdFor("barbell-back-squat"));
        Assert.Equal(5, id.Version);
        Assert.Equal(0b10, id.Variant >> 2);
    }

    [Fact]
    public void Name_based_ids_match_the_rfc_example()
    {
        // RFC 9562 appendix A.4: "www.example.com" in the DNS namespace.
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), Catalogue.NameBasedId(dns, "www.example.com"));
    }

    [Theory]
    [InlineData("Élévation latérale", "elevation laterale")]
    [InlineData("BENCH Press", "bench press")]
    [InlineData("  Ñandú  ", "nandu")]
    public void Names_are_folded_for_search(string name, string folded) => Assert.Equal(folded, SearchText.Fold(name));
}
