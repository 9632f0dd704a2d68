using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace FitFolio.Api.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddTraining : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "exercises",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    unique_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    search_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    primary_muscles = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    secondary_muscles = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    equipment = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    is_archived = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exercises", x => x.id);
                    table.ForeignKey(
                        name: "fk_exercises_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "programs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programs", x => x.id);
                    table.ForeignKey(
                        name: "fk_programs_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workout_templates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    program_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workout_templates", x => x.id);
                    table.ForeignKey(
                        name: "fk_workout_templates_programs_program_id",
                        column: x => x.program_id,
                        principalTable: "programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "template_exercises",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    template_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    exercise_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    sets = table.Column<int>(type: "INTEGER", nullable: false),
                    reps_min = table.Column<int>(type: "INTEGER", nullable: false),
                    reps_max = table.Column<int>(type: "INTEGER", nullable: false),
                    rest_seconds = table.Column<int>(type: "INTEGER", nullable: false),
                    target_rpe = table.Column<double>(type: "REAL", nullable: true),
                    target_weight_kg = table.Column<double>(type: "REAL", nullable: true),
                    notes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_template_exercises", x => x.id);
                    table.ForeignKey(
                        name: "fk_template_exercises_exercises_exercise_id",
                        column: x => x.exercise_id,
                        principalTable: "exercises",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_template_exercises_workout_templates_template_id",
                        column: x => x.template_id,
                        principalTable: "workout_templates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workouts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    started_at = table.Column<long>(type: "INTEGER", nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    template_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    template_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workouts", x => x.id);
                    table.ForeignKey(
                        name: "fk_workouts_templates_template_id",
                        column: x => x.template_id,
                        principalTable: "workout_templates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_workouts_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workout_plan_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    workout_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    exercise_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    sets = table.Column<int>(type: "INTEGER", nullable: false),
                    reps_min = table.Column<int>(type: "INTEGER", nullable: false),
                    reps_max = table.Column<int>(type: "INTEGER", nullable: false),
                    rest_seconds = table.Column<int>(type: "INTEGER", nullable: false),
                    target_rpe = table.Column<double>(type: "REAL", nullable: true),
                    target_weight_kg = table.Column<double>(type: "REAL", nullable: true),
                    notes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    last_performed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_weight_kg = table.Column<double>(type: "REAL", nullable: true),
                    last_reps = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workout_plan_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_workout_plan_items_exercises_exercise_id",
                        column: x => x.exercise_id,
                        principalTable: "exercises",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_workout_plan_items_workouts_workout_id",
                        column: x => x.workout_id,
                        principalTable: "workouts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workout_sets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    workout_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    exercise_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reps = table.Column<int>(type: "INTEGER", nullable: false),
                    weight_kg = table.Column<double>(type: "REAL", nullable: false),
                    rpe = table.Column<double>(type: "REAL", nullable: true),
                    set_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workout_sets", x => x.id);
                    table.ForeignKey(
                        name: "fk_workout_sets_exercises_exercise_id",
                        column: x => x.exercise_id,
                        principalTable: "exercises",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_workout_sets_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_workout_sets_workouts_workout_id",
                        column: x => x.workout_id,
                        principalTable: "workouts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "exercises",
                columns: new[] { "id", "equipment", "is_archived", "name", "primary_muscles", "search_name", "secondary_muscles", "slug", "unique_name", "user_id" },
                values: new object[,]
                {
                    { new Guid("01d25016-3855-5a01-9cf9-4796bf14a387"), "kettlebell", false, "Double Kettlebell Front Squat", "quadriceps,glutes", "double kettlebell front squat", "upper_back,abdominals,adductors", "double-kettlebell-front-squat", "double kettlebell front squat", null },
                    { new Guid("0479c53e-7300-5156-828b-b96fa7ad17cc"), "other", false, "Wrist Roller", "forearms", "wrist roller", "", "wrist-roller", "wrist roller", null },
                    { new Guid("05616bd4-8ee2-54b2-8e12-f874f4b88973"), "band", false, "Banded Lateral Walk", "abductors,glutes", "banded lateral walk", "", "banded-lateral-walk", "banded lateral walk", null },
                    { new Guid("06491001-b74b-56f9-88e4-4c76da28c7ac"), "smith_machine", false, "Smith Machine Shoulder Press", "shoulders", "smith machine shoulder press", "triceps", "smith-machine-shoulder-press", "smith machine shoulder press", null },
                    { new Guid("066997ef-a9b7-5d70-9dc0-53bce993875e"), "dumbbell", false, "Decline Dumbbell Bench Press", "chest", "decline dumbbell bench press", "triceps,shoulders", "decline-dumbbell-bench-press", "decline dumbbell bench press", null },
                    { new Guid("092a658e-378e-592c-b23f-30ff8f485ef2"), "bodyweight", false, "Dead Bug", "abdominals", "dead bug", "obliques", "dead-bug", "dead bug", null },
                    { new Guid("09a78a2c-4e30-5091-a7ed-a26428aae6b5"), "trap_bar", false, "Trap Bar Shrug", "traps", "trap bar shrug", "forearms", "trap-bar-shrug", "trap bar shrug", null },
                    { new Guid("09d44fa0-5f85-5e8e-9ba3-fd2677e01328"), "dumbbell", false, "Renegade Row", "lats,upper_back", "renegade row", "abdominals,obliques,biceps", "renegade-row", "renegade row", null },
                    { new Guid("0b0bed9c-9443-586a-9967-b5970df6c5c1"), "kettlebell", false, "Kettlebell Deadlift", "glutes,hamstrings", "kettlebell deadlift", "quadriceps,lower_back,forearms", "kettlebell-deadlift", "kettlebell deadlift", null },
                    { new Guid("0c49ffb9-940a-5900-8c45-c3186907340e"), "other", false, "Medicine Ball Slam", "abdominals,lats", "medicine ball slam", "shoulders,triceps,glutes", "medicine-ball-slam", "medicine ball slam", null },
                    { new Guid("0d501820-997b-57e7-a8cd-8812f4e354dd"), "machine", false, "Leg Press Calf Raise", "calves", "leg press calf raise", "", "leg-press-calf-raise", "leg press calf raise", null },
                    { new Guid("0fabf642-4321-59b1-bf5b-07872008758b"), "barbell", false, "Barbell Upright Row", "shoulders,traps", "barbell upright row", "biceps", "barbell-upright-row", "barbell upright row", null },
                    { new Guid("0fbcb4d1-0d16-5878-be8b-e49d343eea59"), "machine", false, "Machine Hip Abduction", "abductors", "machine hip abduction", "glutes", "machine-hip-abduction", "machine hip abduction", null },
                    { new Guid("111a56d3-2b7d-59dd-8cbc-3b66dcae65ec"), "other", false, "Plate Pinch", "forearms", "plate pinch", "", "plate-pinch", "plate pinch", null },
                    { new Guid("115c5f0c-bfe2-5425-badf-fb7e922ea273"), "barbell", false, "Barbell Reverse Curl", "forearms,biceps", "barbell reverse curl", "", "barbell-reverse-curl", "barbell reverse curl", null },
                    { new Guid("119c319d-c52e-5707-9bd3-00509c036bd9"), "trap_bar", false, "Trap Bar Deadlift", "glutes,quadriceps,hamstrings", "trap bar deadlift", "lower_back,traps,forearms", "trap-bar-deadlift", "trap bar deadlift", null },
                    { new Guid("11ba0d01-726a-5ddf-88af-b612e8cb2899"), "dumbbell", false, "Incline Dumbbell Curl", "biceps", "incline dumbbell curl", "forearms", "incline-dumbbell-curl", "incline dumbbell curl", null },
                    { new Guid("136dc135-a8f4-5690-bed0-ba76eb259d41"), "barbell", false, "Barbell Back Squat", "quadriceps,glutes", "barbell back squat", "hamstrings,lower_back,adductors", "barbell-back-squat", "barbell back squat", null },
                    { new Guid("13799f78-a3e5-52cd-be87-06e4c7014e7e"), "kettlebell", false, "Kettlebell Row", "lats,upper_back", "kettlebell row", "biceps", "kettlebell-row", "kettlebell row", null },
                    { new Guid("13f7fe2e-171d-5d43-a333-ff9cfc38bf90"), "dumbbell", false, "Dumbbell Reverse Fly", "shoulders,upper_back", "dumbbell reverse fly", "traps", "dumbbell-reverse-fly", "dumbbell reverse fly", null },
                    { new Guid("15ec6510-27e1-5cce-b1c4-a678f43f6d60"), "bodyweight", false, "Bodyweight Squat", "quadriceps,glutes", "bodyweight squat", "adductors,hamstrings", "bodyweight-squat", "bodyweight squat", null },
                    { new Guid("1883d34f-97f6-513f-a982-01295bbcc804"), "bodyweight", false, "Glute Bridge", "glutes", "glute bridge", "hamstrings", "glute-bridge", "glute bridge", null },
                    { new Guid("199fec32-189a-59b5-8013-d3d8c8dfdcd9"), "bodyweight", false, "Inverted Row", "upper_back,lats", "inverted row", "biceps,shoulders", "inverted-row", "inverted row", null },
                    { new Guid("19bbc414-afa9-5588-bbd0-004ff498089d"), "bodyweight", false, "Hanging Leg Raise", "abdominals", "hanging leg raise", "obliques,forearms", "hanging-leg-raise", "hanging leg raise", null },
                    { new Guid("1e50e48a-8483-5341-87c2-f3b5535ea80f"), "dumbbell", false, "Seated Dumbbell Shoulder Press", "shoulders", "seated dumbbell shoulder press", "triceps", "seated-dumbbell-shoulder-press", "seated dumbbell shoulder press", null },
                    { new Guid("2001f2d3-d782-519f-a4d5-4def49b70ebd"), "bodyweight", false, "Parallel Bar Dip", "chest,triceps", "parallel bar dip", "shoulders", "parallel-bar-dip", "parallel bar dip", null },
                    { new Guid("202043ea-9d90-5a0e-a2ce-234ea6684b76"), "barbell", false, "Barbell Glute Bridge", "glutes", "barbell glute bridge", "hamstrings", "barbell-glute-bridge", "barbell glute bridge", null },
                    { new Guid("217e8713-6bcf-5447-9415-81325bcb012a"), "smith_machine", false, "Smith Machine Calf Raise", "calves", "smith machine calf raise", "", "smith-machine-calf-raise", "smith machine calf raise", null },
                    { new Guid("2220c871-508b-5cc8-8df3-92dfb596bd7e"), "bodyweight", false, "Reverse Crunch", "abdominals", "reverse crunch", "obliques", "reverse-crunch", "reverse crunch", null },
                    { new Guid("2281eadf-bfbc-5314-bf31-a790eff969a2"), "bodyweight", false, "Toes-to-Bar", "abdominals", "toes-to-bar", "obliques,lats,forearms", "toes-to-bar", "toes-to-bar", null },
                    { new Guid("23296d76-b55e-581a-851b-bcaee5337117"), "cable", false, "Seated Cable Row", "upper_back,lats", "seated cable row", "biceps,shoulders", "seated-cable-row", "seated cable row", null },
                    { new Guid("232f775d-fb1f-5347-821e-cb413bb233e3"), "machine", false, "Machine Shoulder Press", "shoulders", "machine shoulder press", "triceps", "machine-shoulder-press", "machine shoulder press", null },
                    { new Guid("23c57d68-c3d7-5c40-b223-fb397088edac"), "machine", false, "Pendulum Squat", "quadriceps", "pendulum squat", "glutes,adductors", "pendulum-squat", "pendulum squat", null },
                    { new Guid("252b0cd3-9189-50c3-940b-e09f75160ada"), "machine", false, "Seated Leg Curl", "hamstrings", "seated leg curl", "calves", "seated-leg-curl", "seated leg curl", null },
                    { new Guid("2858ec6d-aadc-5822-9cd0-03e4185e21ec"), "bodyweight", false, "Hanging Knee Raise", "abdominals", "hanging knee raise", "obliques,forearms", "hanging-knee-raise", "hanging knee raise", null },
                    { new Guid("2caf7c62-293e-5054-bff1-62b7a48e5a34"), "bodyweight", false, "Lying Leg Raise", "abdominals", "lying leg raise", "obliques", "lying-leg-raise", "lying leg raise", null },
                    { new Guid("2d558a15-1b39-5a9e-b311-6338b0a91703"), "dumbbell", false, "Dumbbell Thruster", "quadriceps,glutes,shoulders", "dumbbell thruster", "triceps,abdominals", "dumbbell-thruster", "dumbbell thruster", null },
                    { new Guid("2d93a0a5-6137-5e13-938f-7332c6d82fe8"), "cable", false, "Cable Reverse Fly", "shoulders", "cable reverse fly", "upper_back,traps", "cable-reverse-fly", "cable reverse fly", null },
                    { new Guid("2dd68884-eef1-50ff-a9e1-79fb2de3834a"), "dumbbell", false, "Dumbbell Reverse Lunge", "quadriceps,glutes", "dumbbell reverse lunge", "hamstrings,adductors", "dumbbell-reverse-lunge", "dumbbell reverse lunge", null },
                    { new Guid("2dff05c4-210c-5f6c-ace0-f0742275ec60"), "dumbbell", false, "Dumbbell Wrist Curl", "forearms", "dumbbell wrist curl", "", "dumbbell-wrist-curl", "dumbbell wrist curl", null },
                    { new Guid("3038c609-cf7d-5fd6-b018-d05758496ade"), "cable", false, "Cable Triceps Kickback", "triceps", "cable triceps kickback", "", "cable-triceps-kickback", "cable triceps kickback", null },
                    { new Guid("30834966-ae39-520a-8790-5747e11aad89"), "dumbbell", false, "Dumbbell Goblet Squat", "quadriceps,glutes", "dumbbell goblet squat", "adductors,abdominals,upper_back", "dumbbell-goblet-squat", "dumbbell goblet squat", null },
                    { new Guid("30cdf203-d96c-5334-a69f-45e0c6e7f0ff"), "barbell", false, "Barbell Bench Press", "chest", "barbell bench press", "triceps,shoulders", "barbell-bench-press", "barbell bench press", null },
                    { new Guid("30e4a46f-37e0-5a65-8a08-b98ebdd659be"), "bodyweight", false, "Dragon Flag", "abdominals", "dragon flag", "obliques,lats", "dragon-flag", "dragon flag", null },
                    { new Guid("30ef10b8-a771-5798-a5c1-490bc151d707"), "kettlebell", false, "Kettlebell Swing", "glutes,hamstrings", "kettlebell swing", "lower_back,abdominals,forearms", "kettlebell-swing", "kettlebell swing", null },
                    { new Guid("31521d11-1f48-50f9-af43-2e02810aaf00"), "barbell", false, "Barbell Pause Squat", "quadriceps,glutes", "barbell pause squat", "hamstrings,lower_back,adductors", "barbell-pause-squat", "barbell pause squat", null },
                    { new Guid("31c4a56d-a99c-5699-b241-d008291d673d"), "ez_bar", false, "EZ-Bar Reverse Curl", "forearms,biceps", "ez-bar reverse curl", "", "ez-bar-reverse-curl", "ez-bar reverse curl", null },
                    { new Guid("32be2a03-ac7d-5e21-9338-7898aafc1bd9"), "dumbbell", false, "Incline Dumbbell Bench Press", "chest,shoulders", "incline dumbbell bench press", "triceps", "incline-dumbbell-bench-press", "incline dumbbell bench press", null },
                    { new Guid("33628358-aff4-5333-af73-8d193db86ee5"), "machine", false, "Machine Chest Press", "chest", "machine chest press", "triceps,shoulders", "machine-chest-press", "machine chest press", null },
                    { new Guid("347d65ac-bef4-5ce0-ad3a-2115e09d4ec6"), "dumbbell", false, "Dumbbell Romanian Deadlift", "hamstrings,glutes", "dumbbell romanian deadlift", "lower_back,forearms", "dumbbell-romanian-deadlift", "dumbbell romanian deadlift", null },
                    { new Guid("350ea49d-3129-50c7-bf73-d58a338519bc"), "dumbbell", false, "Dumbbell Hammer Curl", "biceps,forearms", "dumbbell hammer curl", "", "dumbbell-hammer-curl", "dumbbell hammer curl", null },
                    { new Guid("35c0cfb0-257e-5c1c-bf3d-e45d735cb607"), "barbell", false, "Seated Barbell Shoulder Press", "shoulders", "seated barbell shoulder press", "triceps", "seated-barbell-shoulder-press", "seated barbell shoulder press", null },
                    { new Guid("36c04eba-d194-553c-b40b-ea6392b6e6de"), "dumbbell", false, "Dumbbell Single-Leg Romanian Deadlift", "hamstrings,glutes", "dumbbell single-leg romanian deadlift", "lower_back,abductors", "dumbbell-single-leg-romanian-deadlift", "dumbbell single-leg romanian deadlift", null },
                    { new Guid("3854c928-69aa-5eba-a8db-11c9477c2f3a"), "machine", false, "Machine Incline Chest Press", "chest,shoulders", "machine incline chest press", "triceps", "machine-incline-chest-press", "machine incline chest press", null },
                    { new Guid("398bf847-e4b3-5b06-8ad8-3bdcbe66cf83"), "bodyweight", false, "Plank", "abdominals", "plank", "obliques,shoulders", "plank", "plank", null },
                    { new Guid("39ddcbde-47e1-5d0a-9f2a-af045c78dfe5"), "bodyweight", false, "Sit-Up", "abdominals", "sit-up", "obliques", "sit-up", "sit-up", null },
                    { new Guid("3a6be320-31f6-5737-8277-51baaf270298"), "kettlebell", false, "Kettlebell Gorilla Row", "upper_back,lats", "kettlebell gorilla row", "biceps,lower_back", "kettlebell-gorilla-row", "kettlebell gorilla row", null },
                    { new Guid("3b3dc232-316e-5bde-8585-1448c81f8db1"), "barbell", false, "Decline Barbell Bench Press", "chest", "decline barbell bench press", "triceps,shoulders", "decline-barbell-bench-press", "decline barbell bench press", null },
                    { new Guid("3cc8b6e4-1997-5ce0-949a-9f112d94e77c"), "cable", false, "Pallof Press", "obliques", "pallof press", "abdominals", "pallof-press", "pallof press", null },
                    { new Guid("3d4f53e0-3f64-5759-b5b6-d8e328a827f5"), "bodyweight", false, "Wall Sit", "quadriceps", "wall sit", "glutes", "wall-sit", "wall sit", null },
                    { new Guid("3e80f451-f9a7-5842-a585-e5dd6c653c12"), "dumbbell", false, "Dumbbell Upright Row", "shoulders,traps", "dumbbell upright row", "biceps", "dumbbell-upright-row", "dumbbell upright row", null },
                    { new Guid("41344a3e-9161-5db7-9cd1-99a7532e8820"), "barbell", false, "Barbell Lunge", "quadriceps,glutes", "barbell lunge", "hamstrings,adductors", "barbell-lunge", "barbell lunge", null },
                    { new Guid("41a9b9ad-d18b-537d-87d4-86e125c5a0b3"), "cable", false, "Lat Pulldown", "lats", "lat pulldown", "biceps,upper_back", "lat-pulldown", "lat pulldown", null },
                    { new Guid("48183044-fddc-50b7-b9c3-5aea62cae258"), "kettlebell", false, "Kettlebell Clean", "glutes,hamstrings", "kettlebell clean", "lower_back,forearms,traps", "kettlebell-clean", "kettlebell clean", null },
                    { new Guid("4aa4d986-ec52-5ca6-bb58-ee7c4aab82a2"), "machine", false, "Machine Standing Calf Raise", "calves", "machine standing calf raise", "", "machine-standing-calf-raise", "machine standing calf raise", null },
                    { new Guid("4bff93f5-3b58-5468-9af1-af402f19a868"), "kettlebell", false, "Kettlebell Halo", "shoulders", "kettlebell halo", "upper_back,abdominals", "kettlebell-halo", "kettlebell halo", null },
                    { new Guid("4c8f0c28-79b2-5866-b26b-9c7e626463ba"), "bodyweight", false, "Pistol Squat", "quadriceps,glutes", "pistol squat", "hamstrings,adductors", "pistol-squat", "pistol squat", null },
                    { new Guid("4cc615a6-3201-5d19-8f62-44966524d636"), "machine", false, "Standing Leg Curl", "hamstrings", "standing leg curl", "calves", "standing-leg-curl", "standing leg curl", null },
                    { new Guid("4cdee7d1-d604-5fc5-8530-b9cbf85bcd11"), "bodyweight", false, "Pike Push-Up", "shoulders", "pike push-up", "triceps", "pike-push-up", "pike push-up", null },
                    { new Guid("4f3f86f9-ff27-5acc-a787-7aa2d8f244e5"), "machine", false, "Machine Torso Rotation", "obliques", "machine torso rotation", "abdominals", "machine-torso-rotation", "machine torso rotation", null },
                    { new Guid("4f4fda5d-1666-5663-8505-3168eaf41dc8"), "dumbbell", false, "Dumbbell Floor Press", "chest,triceps", "dumbbell floor press", "shoulders", "dumbbell-floor-press", "dumbbell floor press", null },
                    { new Guid("506aa13f-a4c7-5655-8000-5f320fd95c04"), "band", false, "Band Face Pull", "shoulders,upper_back", "band face pull", "traps", "band-face-pull", "band face pull", null },
                    { new Guid("5136f44c-c859-5de7-a77d-ec5481122fbb"), "dumbbell", false, "Dumbbell Lateral Raise", "shoulders", "dumbbell lateral raise", "traps", "dumbbell-lateral-raise", "dumbbell lateral raise", null },
                    { new Guid("513c7216-aa2f-5b7b-ba97-c098a8a280ef"), "dumbbell", false, "Arnold Press", "shoulders", "arnold press", "triceps", "arnold-press", "arnold press", null },
                    { new Guid("5164b989-af55-5627-9414-fcd400ff7344"), "machine", false, "Pec Deck Fly", "chest", "pec deck fly", "shoulders", "pec-deck-fly", "pec deck fly", null },
                    { new Guid("56e5d6e9-9250-585c-9a41-15ec1e152c90"), "bodyweight", false, "Side Plank", "obliques", "side plank", "abdominals,abductors", "side-plank", "side plank", null },
                    { new Guid("57d2c519-f41f-51fd-b463-ee12413dbee3"), "barbell", false, "T-Bar Row", "upper_back,lats", "t-bar row", "biceps,shoulders,lower_back", "t-bar-row", "t-bar row", null },
                    { new Guid("5ab161b9-a123-57e7-a06a-3edd2b111a40"), "dumbbell", false, "Dumbbell Skull Crusher", "triceps", "dumbbell skull crusher", "", "dumbbell-skull-crusher", "dumbbell skull crusher", null },
                    { new Guid("5b14e216-c87c-5c61-af2a-844526df0092"), "dumbbell", false, "Dumbbell Fly", "chest", "dumbbell fly", "shoulders", "dumbbell-fly", "dumbbell fly", null },
                    { new Guid("5d8f227e-e920-5a6b-81ed-71d0bc233f64"), "machine", false, "Belt Squat", "quadriceps,glutes", "belt squat", "adductors,hamstrings", "belt-squat", "belt squat", null },
                    { new Guid("5daeee67-f702-5ba9-8db8-027bd872f438"), "barbell", false, "Barbell Standing Calf Raise", "calves", "barbell standing calf raise", "", "barbell-standing-calf-raise", "barbell standing calf raise", null },
                    { new Guid("5ff2f3e8-f4bc-5daa-a597-56386d167747"), "kettlebell", false, "Kettlebell High Pull", "traps,glutes,hamstrings", "kettlebell high pull", "shoulders,upper_back,biceps", "kettlebell-high-pull", "kettlebell high pull", null },
                    { new Guid("601151c7-621c-57d3-aeda-93d21cdc47bc"), "dumbbell", false, "Dumbbell Pullover", "chest,lats", "dumbbell pullover", "triceps", "dumbbell-pullover", "dumbbell pullover", null },
                    { new Guid("60260339-cbc1-5d99-9bf4-18e995450a76"), "bodyweight", false, "Diamond Push-Up", "triceps,chest", "diamond push-up", "shoulders", "diamond-push-up", "diamond push-up", null },
                    { new Guid("60b10fc6-f446-559d-842c-62bbb7e5155f"), "kettlebell", false, "Kettlebell Reverse Lunge", "quadriceps,glutes", "kettlebell reverse lunge", "hamstrings,adductors", "kettlebell-reverse-lunge", "kettlebell reverse lunge", null },
                    { new Guid("62b90371-b67d-59c7-9520-a60ac78efeda"), "bodyweight", false, "Copenhagen Plank", "adductors", "copenhagen plank", "obliques,abdominals", "copenhagen-plank", "copenhagen plank", null },
                    { new Guid("63462580-a5a2-53a6-96a0-35b618b3233d"), "dumbbell", false, "Dumbbell Standing Calf Raise", "calves", "dumbbell standing calf raise", "", "dumbbell-standing-calf-raise", "dumbbell standing calf raise", null },
                    { new Guid("65c4830f-48e4-5b68-bd9b-738b0a2641ba"), "barbell", false, "Stiff-Leg Deadlift", "hamstrings", "stiff-leg deadlift", "glutes,lower_back", "stiff-leg-deadlift", "stiff-leg deadlift", null },
                    { new Guid("66973f2c-3edf-5f3d-b467-d3e11e23e8f0"), "cable", false, "Cable Face Pull", "shoulders,upper_back", "cable face pull", "traps", "cable-face-pull", "cable face pull", null },
                    { new Guid("67230750-f7ef-5de6-b417-5476acb89733"), "bodyweight", false, "Jump Squat", "quadriceps,glutes", "jump squat", "calves,hamstrings", "jump-squat", "jump squat", null },
                    { new Guid("6cfdc2ab-a259-527d-b02e-c8f965cb9cdd"), "machine", false, "Assisted Pull-Up", "lats", "assisted pull-up", "biceps,upper_back", "assisted-pull-up", "assisted pull-up", null },
                    { new Guid("6ddcee96-f13e-5329-856e-697a929c85a9"), "machine", false, "Machine Lateral Raise", "shoulders", "machine lateral raise", "", "machine-lateral-raise", "machine lateral raise", null },
                    { new Guid("6e680960-2a1b-5c32-bc9d-da187cdc97b5"), "barbell", false, "Barbell Step-Up", "quadriceps,glutes", "barbell step-up", "hamstrings", "barbell-step-up", "barbell step-up", null },
                    { new Guid("6efcdcdc-e56d-553e-a46a-0a8a0a9662e3"), "bodyweight", false, "Incline Push-Up", "chest", "incline push-up", "triceps,shoulders", "incline-push-up", "incline push-up", null },
                    { new Guid("6f3b473f-a233-5186-999c-129070cbb5fe"), "dumbbell", false, "Dumbbell Walking Lunge", "quadriceps,glutes", "dumbbell walking lunge", "hamstrings,adductors", "dumbbell-walking-lunge", "dumbbell walking lunge", null },
                    { new Guid("6f97cbf1-dd87-579e-9651-60287eea2c43"), "other", false, "Plate Neck Flexion", "neck", "plate neck flexion", "", "plate-neck-flexion", "plate neck flexion", null },
                    { new Guid("712e3128-dd6a-5d13-a329-407e08ca55ff"), "machine", false, "Machine Back Extension", "lower_back", "machine back extension", "glutes,hamstrings", "machine-back-extension", "machine back extension", null },
                    { new Guid("713b0dda-a170-5512-bcf4-65fea61513ba"), "smith_machine", false, "Smith Machine Bench Press", "chest", "smith machine bench press", "triceps,shoulders", "smith-machine-bench-press", "smith machine bench press", null },
                    { new Guid("75652f1e-9345-51cc-9f33-1ec608764648"), "machine", false, "Machine Preacher Curl", "biceps", "machine preacher curl", "", "machine-preacher-curl", "machine preacher curl", null },
                    { new Guid("76e744d7-6d86-578b-a219-ecc4c0760b14"), "dumbbell", false, "Chest-Supported Dumbbell Row", "upper_back,lats", "chest-supported dumbbell row", "biceps,shoulders", "chest-supported-dumbbell-row", "chest-supported dumbbell row", null },
                    { new Guid("79aa250a-0287-5439-830e-ca16862ccb84"), "ez_bar", false, "EZ-Bar Overhead Triceps Extension", "triceps", "ez-bar overhead triceps extension", "", "ez-bar-overhead-triceps-extension", "ez-bar overhead triceps extension", null },
                    { new Guid("7b8fd0f7-f1d1-53b6-82c6-5fbee281a4de"), "barbell", false, "Barbell Hip Thrust", "glutes", "barbell hip thrust", "hamstrings,adductors", "barbell-hip-thrust", "barbell hip thrust", null },
                    { new Guid("7baa4cf5-7822-5f7c-87eb-ad37334f1191"), "bodyweight", false, "Bench Dip", "triceps", "bench dip", "chest,shoulders", "bench-dip", "bench dip", null },
                    { new Guid("7ddec2b6-7310-5b22-82c4-faa482354a41"), "kettlebell", false, "Turkish Get-Up", "shoulders,abdominals", "turkish get-up", "obliques,glutes,quadriceps,triceps", "turkish-get-up", "turkish get-up", null },
                    { new Guid("7e379261-c5be-5ebe-8249-31fc8306f51d"), "barbell", false, "Barbell Box Squat", "quadriceps,glutes", "barbell box squat", "hamstrings,lower_back,adductors", "barbell-box-squat", "barbell box squat", null },
                    { new Guid("7e8d1eb7-b5a7-5f66-9193-60effbc58519"), "barbell", false, "Power Clean", "glutes,hamstrings,quadriceps,traps", "power clean", "calves,lower_back,upper_back,forearms", "power-clean", "power clean", null },
                    { new Guid("7e934ae0-794d-53f0-9fba-0828d7ae6c33"), "bodyweight", false, "Glute-Ham Raise", "hamstrings", "glute-ham raise", "glutes,calves", "glute-ham-raise", "glute-ham raise", null },
                    { new Guid("7ec18b6b-098b-57b4-a465-13e8d38666cf"), "cable", false, "Cable Pull-Through", "glutes,hamstrings", "cable pull-through", "lower_back", "cable-pull-through", "cable pull-through", null },
                    { new Guid("7f8a800a-7740-571c-b8c5-b785a07881be"), "ez_bar", false, "EZ-Bar Skull Crusher", "triceps", "ez-bar skull crusher", "", "ez-bar-skull-crusher", "ez-bar skull crusher", null },
                    { new Guid("80dcd4d3-5ff1-57bc-bbae-756be0e3e53c"), "dumbbell", false, "Dumbbell Triceps Kickback", "triceps", "dumbbell triceps kickback", "", "dumbbell-triceps-kickback", "dumbbell triceps kickback", null },
                    { new Guid("8213cc14-d07b-54e5-9630-38039c21f501"), "dumbbell", false, "Dumbbell Bulgarian Split Squat", "quadriceps,glutes", "dumbbell bulgarian split squat", "hamstrings,adductors", "dumbbell-bulgarian-split-squat", "dumbbell bulgarian split squat", null },
                    { new Guid("842bb114-bd3b-5cfe-8e6e-29a762f79e82"), "bodyweight", false, "Mountain Climber", "abdominals", "mountain climber", "shoulders,quadriceps", "mountain-climber", "mountain climber", null },
                    { new Guid("844c5ed8-0695-5dcf-a855-4d9e405fa0fe"), "kettlebell", false, "Kettlebell Press", "shoulders", "kettlebell press", "triceps,obliques", "kettlebell-press", "kettlebell press", null },
                    { new Guid("8489252d-9dc9-55d6-8cce-de01d57c6c32"), "cable", false, "Cable Crossover", "chest", "cable crossover", "shoulders", "cable-crossover", "cable crossover", null },
                    { new Guid("8489ef07-1f2e-56d8-950b-caae19d3118b"), "dumbbell", false, "Dumbbell Side Bend", "obliques", "dumbbell side bend", "lower_back", "dumbbell-side-bend", "dumbbell side bend", null },
                    { new Guid("87486b2a-239e-5338-ab80-1029d1baab3b"), "barbell", false, "Landmine Press", "shoulders", "landmine press", "chest,triceps", "landmine-press", "landmine press", null },
                    { new Guid("87edaba4-526f-523b-8ca5-fab091655f37"), "barbell", false, "Zercher Squat", "quadriceps,glutes", "zercher squat", "upper_back,abdominals,biceps,adductors", "zercher-squat", "zercher squat", null },
                    { new Guid("8ad270f9-e26f-5a3f-b190-03986ec11c8e"), "bodyweight", false, "Superman", "lower_back", "superman", "glutes,upper_back", "superman", "superman", null },
                    { new Guid("8b962b29-42d5-5caf-9d7c-a1fd2200313a"), "kettlebell", false, "Kettlebell Thruster", "quadriceps,glutes,shoulders", "kettlebell thruster", "triceps,abdominals", "kettlebell-thruster", "kettlebell thruster", null },
                    { new Guid("8cc0a4a3-d790-53c7-a59d-872a714362df"), "barbell", false, "Rack Pull", "lower_back,glutes,traps", "rack pull", "hamstrings,upper_back,forearms", "rack-pull", "rack pull", null },
                    { new Guid("8f4511dc-3389-58d9-8730-ae44e153a25c"), "other", false, "Sled Push", "quadriceps,glutes", "sled push", "calves,hamstrings", "sled-push", "sled push", null },
                    { new Guid("8f6901be-b267-56b0-a86b-be6a7acf8843"), "kettlebell", false, "Kettlebell Goblet Squat", "quadriceps,glutes", "kettlebell goblet squat", "adductors,abdominals,upper_back", "kettlebell-goblet-squat", "kettlebell goblet squat", null },
                    { new Guid("9115e6a2-ce74-56db-bfb3-f0a17d241fdc"), "machine", false, "Seated Dip Machine", "triceps", "seated dip machine", "chest,shoulders", "seated-dip-machine", "seated dip machine", null },
                    { new Guid("91310437-4d1e-55ca-be26-ea20f19b86bc"), "machine", false, "Seated Machine Row", "upper_back,lats", "seated machine row", "biceps,shoulders", "seated-machine-row", "seated machine row", null },
                    { new Guid("92512c5c-7a84-5039-9a9e-81a09d9a6593"), "machine", false, "Leg Extension", "quadriceps", "leg extension", "", "leg-extension", "leg extension", null },
                    { new Guid("927d1b86-9ab9-5114-a103-580607d707de"), "band", false, "Band-Assisted Pull-Up", "lats", "band-assisted pull-up", "biceps,upper_back", "band-assisted-pull-up", "band-assisted pull-up", null },
                    { new Guid("929f9414-1dcd-54b6-a089-a7edbad39321"), "kettlebell", false, "Kettlebell Single-Leg Deadlift", "hamstrings,glutes", "kettlebell single-leg deadlift", "lower_back,abductors", "kettlebell-single-leg-deadlift", "kettlebell single-leg deadlift", null },
                    { new Guid("9326f553-63d2-5e68-8621-1c31c95d781e"), "barbell", false, "Sumo Deadlift", "glutes,quadriceps,adductors", "sumo deadlift", "hamstrings,lower_back,traps,forearms", "sumo-deadlift", "sumo deadlift", null },
                    { new Guid("94a68212-cd2f-5a6c-a3b8-073d02b5c722"), "band", false, "Band Curl", "biceps", "band curl", "forearms", "band-curl", "band curl", null },
                    { new Guid("95e7f932-ded8-54e6-86b5-9e69c6493e37"), "dumbbell", false, "Dumbbell Curl", "biceps", "dumbbell curl", "forearms", "dumbbell-curl", "dumbbell curl", null },
                    { new Guid("971f8949-9e12-5f62-8e2d-f35621efc0c6"), "cable", false, "Cable External Rotation", "shoulders", "cable external rotation", "", "cable-external-rotation", "cable external rotation", null },
                    { new Guid("9746bc6e-3ffd-5f88-80f8-6a9fb8e4c964"), "dumbbell", false, "One-Arm Dumbbell Row", "lats,upper_back", "one-arm dumbbell row", "biceps,shoulders,forearms", "one-arm-dumbbell-row", "one-arm dumbbell row", null },
                    { new Guid("996e5c0a-a2d5-57f9-b8de-739140ea89ea"), "bodyweight", false, "Decline Push-Up", "chest,shoulders", "decline push-up", "triceps", "decline-push-up", "decline push-up", null },
                    { new Guid("9b13a9c8-63fd-5526-b7a3-f1e64f910f31"), "band", false, "Banded Clamshell", "abductors,glutes", "banded clamshell", "", "banded-clamshell", "banded clamshell", null },
                    { new Guid("9b39e49e-94e2-5ad7-a17c-09f10df96883"), "cable", false, "Rope Triceps Pushdown", "triceps", "rope triceps pushdown", "", "rope-triceps-pushdown", "rope triceps pushdown", null },
                    { new Guid("9b7a35f1-8d77-500c-b040-a3a5fd0ecb11"), "bodyweight", false, "Russian Twist", "obliques", "russian twist", "abdominals", "russian-twist", "russian twist", null },
                    { new Guid("9b7cb7d3-be5b-53b5-8680-14a8a4ddf129"), "machine", false, "Reverse Pec Deck", "shoulders,upper_back", "reverse pec deck", "traps", "reverse-pec-deck", "reverse pec deck", null },
                    { new Guid("9ba1a4f2-1b22-550e-991b-891f2a7cfa95"), "barbell", false, "Incline Barbell Bench Press", "chest,shoulders", "incline barbell bench press", "triceps", "incline-barbell-bench-press", "incline barbell bench press", null },
                    { new Guid("9bd9300c-794a-55b2-affd-abd8baf40ee9"), "band", false, "Band Pull-Apart", "upper_back,shoulders", "band pull-apart", "traps", "band-pull-apart", "band pull-apart", null },
                    { new Guid("9c108f48-859b-5429-9ba7-4ed7678a846c"), "cable", false, "Cable Hip Abduction", "abductors", "cable hip abduction", "glutes", "cable-hip-abduction", "cable hip abduction", null },
                    { new Guid("9cc2e694-6eef-51fa-8fdc-8a88f286fa25"), "machine", false, "Hack Squat", "quadriceps", "hack squat", "glutes,adductors", "hack-squat", "hack squat", null },
                    { new Guid("9cec4a35-ff7b-576e-b6a6-e3d8e0a813f7"), "cable", false, "Cable Curl", "biceps", "cable curl", "forearms", "cable-curl", "cable curl", null },
                    { new Guid("9d8150a1-3dc4-5359-a97d-1a5dfd80e3e3"), "barbell", false, "Barbell Overhead Squat", "quadriceps,glutes,shoulders", "barbell overhead squat", "upper_back,traps,abdominals,adductors", "barbell-overhead-squat", "barbell overhead squat", null },
                    { new Guid("9ef18802-cd4c-5958-b14b-9a828daefef2"), "machine", false, "Machine Glute Kickback", "glutes", "machine glute kickback", "hamstrings", "machine-glute-kickback", "machine glute kickback", null },
                    { new Guid("9f3b2964-70ee-5f53-96b8-0afedc16060c"), "bodyweight", false, "Nordic Hamstring Curl", "hamstrings", "nordic hamstring curl", "glutes", "nordic-hamstring-curl", "nordic hamstring curl", null },
                    { new Guid("a216a025-4686-5586-80da-5648459e4d9e"), "barbell", false, "Good Morning", "hamstrings,lower_back", "good morning", "glutes", "good-morning", "good morning", null },
                    { new Guid("a3586810-24c5-5abc-8ff1-27fe01e5cc2c"), "ez_bar", false, "EZ-Bar Preacher Curl", "biceps", "ez-bar preacher curl", "forearms", "ez-bar-preacher-curl", "ez-bar preacher curl", null },
                    { new Guid("a4a7e8ef-adb0-5612-b789-66095a1e7ad4"), "dumbbell", false, "Dumbbell Overhead Triceps Extension", "triceps", "dumbbell overhead triceps extension", "", "dumbbell-overhead-triceps-extension", "dumbbell overhead triceps extension", null },
                    { new Guid("a757c144-b7b2-53ce-bb4f-bbd8193256d0"), "barbell", false, "Close-Grip Bench Press", "triceps,chest", "close-grip bench press", "shoulders", "close-grip-bench-press", "close-grip bench press", null },
                    { new Guid("a786bfb0-a416-5f4f-9a26-cd63f5d7ce4b"), "dumbbell", false, "Dumbbell Preacher Curl", "biceps", "dumbbell preacher curl", "forearms", "dumbbell-preacher-curl", "dumbbell preacher curl", null },
                    { new Guid("a98ca7f6-0ae8-5a80-afa8-213c447e89ad"), "machine", false, "Machine Crunch", "abdominals", "machine crunch", "obliques", "machine-crunch", "machine crunch", null },
                    { new Guid("a9cc4d74-6123-5a48-b746-f86b04c550ec"), "cable", false, "Cable Crunch", "abdominals", "cable crunch", "obliques", "cable-crunch", "cable crunch", null },
                    { new Guid("aa1eee37-c5f0-5bcb-8aff-40a577b8fb76"), "machine", false, "Lying Leg Curl", "hamstrings", "lying leg curl", "calves", "lying-leg-curl", "lying leg curl", null },
                    { new Guid("ae0a7853-829d-509d-9ad8-7e7736f8bc37"), "barbell", false, "Bent-Over Barbell Row", "upper_back,lats", "bent-over barbell row", "biceps,shoulders,lower_back,forearms", "bent-over-barbell-row", "bent-over barbell row", null },
                    { new Guid("b064cea3-c479-59db-b162-8da08193b764"), "barbell", false, "Barbell Wrist Curl", "forearms", "barbell wrist curl", "", "barbell-wrist-curl", "barbell wrist curl", null },
                    { new Guid("b114baf8-1bdc-532a-8e29-9f496239ba56"), "barbell", false, "Barbell Shrug", "traps", "barbell shrug", "forearms", "barbell-shrug", "barbell shrug", null },
                    { new Guid("b20a6654-8054-5fa8-b687-13bba8505d9c"), "dumbbell", false, "Dumbbell Front Raise", "shoulders", "dumbbell front raise", "chest", "dumbbell-front-raise", "dumbbell front raise", null },
                    { new Guid("b212cadc-37d9-5f24-8e5a-cc1cffe96338"), "bodyweight", false, "Pull-Up", "lats", "pull-up", "biceps,upper_back", "pull-up", "pull-up", null },
                    { new Guid("b3ca6e4c-44f0-51a6-84e6-2b291605e50e"), "kettlebell", false, "Kettlebell Snatch", "glutes,hamstrings,shoulders", "kettlebell snatch", "lower_back,traps,forearms", "kettlebell-snatch", "kettlebell snatch", null },
                    { new Guid("b53b773b-8061-506b-9472-0273a95829ce"), "cable", false, "Cable Glute Kickback", "glutes", "cable glute kickback", "hamstrings", "cable-glute-kickback", "cable glute kickback", null },
                    { new Guid("b5d64afe-8f8a-5db9-8073-26fc70d93b99"), "kettlebell", false, "Kettlebell Floor Press", "chest,triceps", "kettlebell floor press", "shoulders", "kettlebell-floor-press", "kettlebell floor press", null },
                    { new Guid("b7d8445d-1470-58c0-b37a-37b5b761ee01"), "barbell", false, "Hang Clean", "glutes,hamstrings,traps", "hang clean", "quadriceps,lower_back,upper_back,forearms", "hang-clean", "hang clean", null },
                    { new Guid("b96019ef-55e9-5ace-bf29-0cdb7a655f82"), "cable", false, "Triceps Pushdown", "triceps", "triceps pushdown", "", "triceps-pushdown", "triceps pushdown", null },
                    { new Guid("bb423601-ce7a-5769-807f-adcd78ae9c38"), "dumbbell", false, "Zottman Curl", "biceps,forearms", "zottman curl", "", "zottman-curl", "zottman curl", null },
                    { new Guid("bf6ca7a9-3339-5afe-9f2c-a85482bb33e9"), "barbell", false, "Barbell Floor Press", "chest,triceps", "barbell floor press", "shoulders", "barbell-floor-press", "barbell floor press", null },
                    { new Guid("bf919a35-97c2-5ac7-96e4-0765e49965af"), "cable", false, "Cable Lateral Raise", "shoulders", "cable lateral raise", "traps", "cable-lateral-raise", "cable lateral raise", null },
                    { new Guid("bfe78d84-2422-54c3-af33-b5ba093f564c"), "bodyweight", false, "Crunch", "abdominals", "crunch", "obliques", "crunch", "crunch", null },
                    { new Guid("c07c21ec-20b7-5189-bf9c-b25dadf64d3c"), "cable", false, "Overhead Cable Triceps Extension", "triceps", "overhead cable triceps extension", "", "overhead-cable-triceps-extension", "overhead cable triceps extension", null },
                    { new Guid("c09dcbea-4fba-5b94-919d-0fdecd80178d"), "barbell", false, "Barbell Reverse Wrist Curl", "forearms", "barbell reverse wrist curl", "", "barbell-reverse-wrist-curl", "barbell reverse wrist curl", null },
                    { new Guid("c0a1b28c-2041-598e-974f-94968a026cde"), "other", false, "Ab Wheel Rollout", "abdominals", "ab wheel rollout", "lats,shoulders,obliques", "ab-wheel-rollout", "ab wheel rollout", null },
                    { new Guid("c1e4ad56-a154-5638-80b4-8b5f2a12d035"), "band", false, "Band Triceps Pushdown", "triceps", "band triceps pushdown", "", "band-triceps-pushdown", "band triceps pushdown", null },
                    { new Guid("c2213816-99af-595c-a95c-5f3ce08eabea"), "cable", false, "Straight-Arm Pulldown", "lats", "straight-arm pulldown", "triceps", "straight-arm-pulldown", "straight-arm pulldown", null },
                    { new Guid("c4f007b6-8e0f-531c-9225-90d675479efa"), "cable", false, "Cable Hammer Curl", "biceps,forearms", "cable hammer curl", "", "cable-hammer-curl", "cable hammer curl", null },
                    { new Guid("c9e3c46c-df48-57cf-a5eb-ef1e8cbf00e7"), "barbell", false, "Romanian Deadlift", "hamstrings,glutes", "romanian deadlift", "lower_back,forearms", "romanian-deadlift", "romanian deadlift", null },
                    { new Guid("ca084eba-3788-569c-a699-aeb7ed035b40"), "barbell", false, "Pendlay Row", "upper_back,lats", "pendlay row", "biceps,shoulders,lower_back", "pendlay-row", "pendlay row", null },
                    { new Guid("cb3b5a0a-3ae8-5087-a6b3-fc794f6834af"), "dumbbell", false, "Incline Dumbbell Fly", "chest", "incline dumbbell fly", "shoulders", "incline-dumbbell-fly", "incline dumbbell fly", null },
                    { new Guid("cca9c0f6-4f2a-59e5-9718-f139e0d60b99"), "dumbbell", false, "Dumbbell Shrug", "traps", "dumbbell shrug", "forearms", "dumbbell-shrug", "dumbbell shrug", null },
                    { new Guid("cda65095-6f64-50f8-b25a-a1b3b6b06852"), "barbell", false, "Barbell Rollout", "abdominals", "barbell rollout", "lats,shoulders", "barbell-rollout", "barbell rollout", null },
                    { new Guid("ce9a7746-5287-51a0-8d6b-1217fca622c4"), "dumbbell", false, "Dumbbell Bench Press", "chest", "dumbbell bench press", "triceps,shoulders", "dumbbell-bench-press", "dumbbell bench press", null },
                    { new Guid("cef0e087-f270-527c-8d3c-361c89582c8d"), "trap_bar", false, "Trap Bar Carry", "forearms,traps", "trap bar carry", "abdominals,upper_back", "trap-bar-carry", "trap bar carry", null },
                    { new Guid("d07b44cc-c38f-5ac6-b5f8-25dad2dc0939"), "barbell", false, "Power Snatch", "glutes,hamstrings,quadriceps,shoulders", "power snatch", "traps,upper_back,lower_back,calves,triceps", "power-snatch", "power snatch", null },
                    { new Guid("d08dafe9-884a-557b-a22c-b97cd20d56e4"), "machine", false, "Machine Hip Thrust", "glutes", "machine hip thrust", "hamstrings", "machine-hip-thrust", "machine hip thrust", null },
                    { new Guid("d1245fc3-f63f-5653-b973-f6a63fb54527"), "bodyweight", false, "Handstand Push-Up", "shoulders", "handstand push-up", "triceps,traps", "handstand-push-up", "handstand push-up", null },
                    { new Guid("d137e68a-5bd8-58fb-86d5-dc462e640b73"), "cable", false, "Cable Shrug", "traps", "cable shrug", "forearms", "cable-shrug", "cable shrug", null },
                    { new Guid("d2056e1f-a3eb-5d9a-81ce-117a25c0f63d"), "smith_machine", false, "Smith Machine Hip Thrust", "glutes", "smith machine hip thrust", "hamstrings", "smith-machine-hip-thrust", "smith machine hip thrust", null },
                    { new Guid("d2dd795e-52aa-57bd-94f7-0c297105c29c"), "bodyweight", false, "Muscle-Up", "lats,triceps", "muscle-up", "biceps,chest,shoulders", "muscle-up", "muscle-up", null },
                    { new Guid("d30714fa-ac2b-5fe4-a312-00877993d52e"), "machine", false, "Assisted Dip", "chest,triceps", "assisted dip", "shoulders", "assisted-dip", "assisted dip", null },
                    { new Guid("d43af741-3c60-5921-9132-2d0e337f2757"), "bodyweight", false, "Sissy Squat", "quadriceps", "sissy squat", "", "sissy-squat", "sissy squat", null },
                    { new Guid("d7907e72-d28a-5485-8a7e-6fd0ead9e439"), "cable", false, "Low-to-High Cable Fly", "chest", "low-to-high cable fly", "shoulders", "low-to-high-cable-fly", "low-to-high cable fly", null },
                    { new Guid("d864ea6a-2381-5669-be7c-e233ff59edf5"), "barbell", false, "Deficit Deadlift", "glutes,hamstrings,lower_back", "deficit deadlift", "quadriceps,traps,upper_back,forearms", "deficit-deadlift", "deficit deadlift", null },
                    { new Guid("d8feaddf-9bca-553c-8215-4194bbcd09ad"), "barbell", false, "Overhead Press", "shoulders", "overhead press", "triceps,upper_back,abdominals", "overhead-press", "overhead press", null },
                    { new Guid("d914f61f-3c8b-59d6-81f8-80fdab2da1fb"), "bodyweight", false, "Chin-Up", "lats,biceps", "chin-up", "upper_back", "chin-up", "chin-up", null },
                    { new Guid("d9b3ca1c-cbc1-5398-be92-65e232907d4e"), "dumbbell", false, "Dumbbell Spider Curl", "biceps", "dumbbell spider curl", "", "dumbbell-spider-curl", "dumbbell spider curl", null },
                    { new Guid("da849230-4941-5932-9b9e-ffc6caa62c4b"), "cable", false, "Reverse-Grip Lat Pulldown", "lats", "reverse-grip lat pulldown", "biceps,upper_back", "reverse-grip-lat-pulldown", "reverse-grip lat pulldown", null },
                    { new Guid("dbc11a54-2ef5-59f3-8122-a650f26f116d"), "kettlebell", false, "Kettlebell Bottoms-Up Press", "shoulders", "kettlebell bottoms-up press", "forearms,triceps", "kettlebell-bottoms-up-press", "kettlebell bottoms-up press", null },
                    { new Guid("dc258068-1a5e-5009-8b36-eb189b2d47d9"), "kettlebell", false, "Kettlebell Clean and Press", "shoulders,glutes,hamstrings", "kettlebell clean and press", "triceps,forearms,abdominals", "kettlebell-clean-and-press", "kettlebell clean and press", null },
                    { new Guid("dd72f866-8c85-509b-b9d7-abfc6c10712c"), "cable", false, "Standing Cable Chest Press", "chest", "standing cable chest press", "triceps,shoulders", "standing-cable-chest-press", "standing cable chest press", null },
                    { new Guid("ddbed183-ac9c-5adf-b53d-9515c95d959d"), "bodyweight", false, "Single-Leg Calf Raise", "calves", "single-leg calf raise", "", "single-leg-calf-raise", "single-leg calf raise", null },
                    { new Guid("df57cee8-3ede-5398-b4f4-3d63f8905f71"), "smith_machine", false, "Smith Machine Squat", "quadriceps,glutes", "smith machine squat", "hamstrings,adductors", "smith-machine-squat", "smith machine squat", null },
                    { new Guid("e0ec5fb1-e648-5e3f-a1f6-ae4ff28bfd46"), "barbell", false, "Barbell Curl", "biceps", "barbell curl", "forearms", "barbell-curl", "barbell curl", null },
                    { new Guid("e12bbab8-36c5-5076-9de5-f7589bc22eb6"), "bodyweight", false, "Back Extension", "lower_back", "back extension", "glutes,hamstrings", "back-extension", "back extension", null },
                    { new Guid("e1839d6c-2230-5098-b26b-0f410b1851a0"), "barbell", false, "Barbell Bulgarian Split Squat", "quadriceps,glutes", "barbell bulgarian split squat", "hamstrings,adductors", "barbell-bulgarian-split-squat", "barbell bulgarian split squat", null },
                    { new Guid("e2e8eb28-9315-56d0-b1f2-d3ff6200740e"), "barbell", false, "Push Press", "shoulders", "push press", "triceps,quadriceps,glutes,traps", "push-press", "push press", null },
                    { new Guid("e3d5ff48-08ef-5251-a58b-bc245c0c3c34"), "bodyweight", false, "Hollow Body Hold", "abdominals", "hollow body hold", "obliques", "hollow-body-hold", "hollow body hold", null },
                    { new Guid("e5349d1e-1f9f-5d38-89ee-cbc361ae0d0d"), "dumbbell", false, "Dumbbell Sumo Squat", "quadriceps,glutes,adductors", "dumbbell sumo squat", "hamstrings", "dumbbell-sumo-squat", "dumbbell sumo squat", null },
                    { new Guid("e562f478-c349-53cb-8bea-4d83420b4fd7"), "machine", false, "Machine High Row", "lats,upper_back", "machine high row", "biceps,shoulders", "machine-high-row", "machine high row", null },
                    { new Guid("e5c4de31-3955-5949-8337-974170e3a1cd"), "bodyweight", false, "Bicycle Crunch", "abdominals,obliques", "bicycle crunch", "", "bicycle-crunch", "bicycle crunch", null },
                    { new Guid("e685f854-620b-51f3-a80f-dbee94822294"), "dumbbell", false, "Farmer's Walk", "forearms,traps", "farmer's walk", "abdominals,obliques,upper_back", "farmers-walk", "farmer's walk", null },
                    { new Guid("e6a89b28-60c1-55ed-8238-995f44e48c28"), "bodyweight", false, "Bird Dog", "lower_back", "bird dog", "abdominals,glutes,shoulders", "bird-dog", "bird dog", null },
                    { new Guid("e77f67d3-fa7b-5d2a-926f-e17f7a223ef8"), "machine", false, "Seated Calf Raise", "calves", "seated calf raise", "", "seated-calf-raise", "seated calf raise", null },
                    { new Guid("e8b76896-221b-5be3-91da-f1e66c3100ec"), "cable", false, "Close-Grip Lat Pulldown", "lats", "close-grip lat pulldown", "biceps,upper_back", "close-grip-lat-pulldown", "close-grip lat pulldown", null },
                    { new Guid("ec56a441-7ef0-502d-a690-382c38938a64"), "cable", false, "Single-Arm Cable Row", "lats,upper_back", "single-arm cable row", "biceps", "single-arm-cable-row", "single-arm cable row", null },
                    { new Guid("eec0b917-ebc9-54ca-be7e-d25edeb4de64"), "bodyweight", false, "L-Sit", "abdominals", "l-sit", "triceps,quadriceps", "l-sit", "l-sit", null },
                    { new Guid("ef7a9da4-bad1-56b9-b505-24c54dead1e8"), "machine", false, "Reverse Hyperextension", "glutes,lower_back", "reverse hyperextension", "hamstrings", "reverse-hyperextension", "reverse hyperextension", null },
                    { new Guid("efb41cc2-0a74-5ec9-b6a7-44bc33665cf6"), "cable", false, "Cable Upright Row", "shoulders,traps", "cable upright row", "biceps", "cable-upright-row", "cable upright row", null },
                    { new Guid("f3557e1a-5005-54b0-ad28-e5862c247a6d"), "bodyweight", false, "Neutral-Grip Pull-Up", "lats", "neutral-grip pull-up", "biceps,upper_back", "neutral-grip-pull-up", "neutral-grip pull-up", null },
                    { new Guid("f6f11921-6b4c-5f13-bb9a-805f148c5356"), "barbell", false, "Landmine Rotation", "obliques", "landmine rotation", "abdominals,shoulders", "landmine-rotation", "landmine rotation", null },
                    { new Guid("f755f688-ec90-52a4-8c4f-f7585c0ee2fb"), "kettlebell", false, "Kettlebell Suitcase Carry", "obliques,forearms", "kettlebell suitcase carry", "abdominals,traps", "kettlebell-suitcase-carry", "kettlebell suitcase carry", null },
                    { new Guid("f823254e-c3c3-5815-9d0e-a5684791de3e"), "cable", false, "Cable Hip Adduction", "adductors", "cable hip adduction", "", "cable-hip-adduction", "cable hip adduction", null },
                    { new Guid("f85936a7-9dfd-5d49-9f75-5718782284a7"), "machine", false, "Machine Hip Adduction", "adductors", "machine hip adduction", "", "machine-hip-adduction", "machine hip adduction", null },
                    { new Guid("f876a7c4-6493-51dc-8028-96ae8a13b110"), "ez_bar", false, "EZ-Bar Curl", "biceps", "ez-bar curl", "forearms", "ez-bar-curl", "ez-bar curl", null },
                    { new Guid("f9020fd9-f9ad-5f37-8539-0d6d4a72bd11"), "bodyweight", false, "Push-Up", "chest", "push-up", "triceps,shoulders,abdominals", "push-up", "push-up", null },
                    { new Guid("fa459150-a924-5c16-885d-82b1b7800593"), "machine", false, "Leg Press", "quadriceps,glutes", "leg press", "hamstrings,adductors", "leg-press", "leg press", null },
                    { new Guid("fa8a38da-d2d9-5fe4-a512-ba25fce33d6e"), "smith_machine", false, "Smith Machine Incline Bench Press", "chest,shoulders", "smith machine incline bench press", "triceps", "smith-machine-incline-bench-press", "smith machine incline bench press", null },
                    { new Guid("fb0b7c6c-80b0-5d33-a7f7-36a0748236f6"), "kettlebell", false, "Kettlebell Windmill", "obliques,shoulders", "kettlebell windmill", "hamstrings,glutes,abdominals", "kettlebell-windmill", "kettlebell windmill", null },
                    { new Guid("fb1924a1-2f96-5b3a-bc05-7d24da918745"), "barbell", false, "Barbell Deadlift", "glutes,hamstrings,lower_back", "barbell deadlift", "quadriceps,traps,upper_back,lats,forearms", "barbell-deadlift", "barbell deadlift", null },
                    { new Guid("fbd6309a-49a2-578b-9d68-5f535cc8f61d"), "dumbbell", false, "Concentration Curl", "biceps", "concentration curl", "", "concentration-curl", "concentration curl", null },
                    { new Guid("fca9c4ae-10aa-5f2e-9b07-64af0cbef386"), "cable", false, "Cable Woodchop", "obliques", "cable woodchop", "abdominals,shoulders", "cable-woodchop", "cable woodchop", null },
                    { new Guid("fcb48bef-06c5-5691-8766-ee5dd2919ecc"), "barbell", false, "Barbell Front Squat", "quadriceps", "barbell front squat", "glutes,upper_back,abdominals,adductors", "barbell-front-squat", "barbell front squat", null },
                    { new Guid("fd36aaa3-762d-5b6a-a2cd-1300d7de2856"), "dumbbell", false, "Dumbbell Step-Up", "quadriceps,glutes", "dumbbell step-up", "hamstrings,calves", "dumbbell-step-up", "dumbbell step-up", null },
                    { new Guid("fe8e8380-4aa9-586d-977e-67dcaef1f8c5"), "other", false, "Neck Harness Extension", "neck", "neck harness extension", "traps", "neck-harness-extension", "neck harness extension", null }
                });

            migrationBuilder.CreateIndex(
                name: "ix_exercises_slug",
                table: "exercises",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_exercises_user_id_unique_name",
                table: "exercises",
                columns: new[] { "user_id", "unique_name" },
                unique: true,
                filter: "NOT is_archived");

            migrationBuilder.CreateIndex(
                name: "ix_programs_user_id_created_at",
                table: "programs",
                columns: new[] { "user_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_template_exercises_exercise_id",
                table: "template_exercises",
                column: "exercise_id");

            migrationBuilder.CreateIndex(
                name: "ix_template_exercises_template_id_position",
                table: "template_exercises",
                columns: new[] { "template_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_workout_plan_items_exercise_id",
                table: "workout_plan_items",
                column: "exercise_id");

            migrationBuilder.CreateIndex(
                name: "ix_workout_plan_items_workout_id_position",
                table: "workout_plan_items",
                columns: new[] { "workout_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_workout_sets_exercise_id",
                table: "workout_sets",
                column: "exercise_id");

            migrationBuilder.CreateIndex(
                name: "ix_workout_sets_user_id_exercise_id",
                table: "workout_sets",
                columns: new[] { "user_id", "exercise_id" });

            migrationBuilder.CreateIndex(
                name: "ix_workout_sets_workout_id_completed_at",
                table: "workout_sets",
                columns: new[] { "workout_id", "completed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_workout_templates_program_id_position",
                table: "workout_templates",
                columns: new[] { "program_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_workouts_template_id",
                table: "workouts",
                column: "template_id");

            migrationBuilder.CreateIndex(
                name: "ix_workouts_user_id_started_at",
                table: "workouts",
                columns: new[] { "user_id", "started_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "template_exercises");

            migrationBuilder.DropTable(
                name: "workout_plan_items");

            migrationBuilder.DropTable(
                name: "workout_sets");

            migrationBuilder.DropTable(
                name: "exercises");

            migrationBuilder.DropTable(
                name: "workouts");

            migrationBuilder.DropTable(
                name: "workout_templates");

            migrationBuilder.DropTable(
                name: "programs");
        }
    }
}
