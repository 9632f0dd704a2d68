namespace FitFolio.Api.Training.Equipment;

/// <summary>The bars a plate calculator knows; "none" is an exercise loaded without one (dumbbells, machines, cables, bodyweight).</summary>
public static class Bars
{
    public const string Barbell = "barbell";
    public const string WomensBar = "womens_bar";
    public const string TrapBar = "trap_bar";
    public const string EzBar = "ez_bar";
    public const string None = "none";

    public static readonly string[] All = [Barbell, WomensBar, TrapBar, EzBar, None];

    /// <summary>The bar an exercise uses until the lifter picks another, read from the catalogue's equipment value.</summary>
    public static string ForEquipment(string equipment) => equipment switch
    {
        "barbell" => Barbell,
        "trap_bar" => TrapBar,
        "ez_bar" => EzBar,
        _ => None,
    };

    /// <summary>The weight of <paramref name="bar"/> in the kit's unit, or null for no bar.</summary>
    public static double? WeightOf(string bar, BarWeights weights) => bar switch
    {
        Barbell => weights.Barbell,
        WomensBar => weights.WomensBar,
        TrapBar => weights.TrapBar,
        EzBar => weights.EzBar,
        _ => null,
    };
}
