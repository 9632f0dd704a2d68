using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FitFolio.Api.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddExerciseKindsAndNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "exercises",
                type: "TEXT",
                maxLength: 24,
                nullable: false,
                defaultValue: "weight_reps");

            // Custom exercises made before kinds existed: bodyweight ones logged sets without a load, so they are bodyweight_reps.
            migrationBuilder.Sql("UPDATE exercises SET kind = 'bodyweight_reps' WHERE user_id IS NOT NULL AND equipment = 'bodyweight';");

            migrationBuilder.CreateTable(
                name: "exercise_notes",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    exercise_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exercise_notes", x => new { x.user_id, x.exercise_id });
                    table.ForeignKey(
                        name: "fk_exercise_notes_exercises_exercise_id",
                        column: x => x.exercise_id,
                        principalTable: "exercises",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_exercise_notes_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("01d25016-3855-5a01-9cf9-4796bf14a387"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("0479c53e-7300-5156-828b-b96fa7ad17cc"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("05616bd4-8ee2-54b2-8e12-f874f4b88973"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("06491001-b74b-56f9-88e4-4c76da28c7ac"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("066997ef-a9b7-5d70-9dc0-53bce993875e"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("092a658e-378e-592c-b23f-30ff8f485ef2"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("09a78a2c-4e30-5091-a7ed-a26428aae6b5"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("09d44fa0-5f85-5e8e-9ba3-fd2677e01328"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("0b0bed9c-9443-586a-9967-b5970df6c5c1"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("0c49ffb9-940a-5900-8c45-c3186907340e"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("0d501820-997b-57e7-a8cd-8812f4e354dd"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("0fabf642-4321-59b1-bf5b-07872008758b"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("0fbcb4d1-0d16-5878-be8b-e49d343eea59"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("111a56d3-2b7d-59dd-8cbc-3b66dcae65ec"),
                column: "kind",
                value: "time");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("115c5f0c-bfe2-5425-badf-fb7e922ea273"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("119c319d-c52e-5707-9bd3-00509c036bd9"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("11ba0d01-726a-5ddf-88af-b612e8cb2899"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("136dc135-a8f4-5690-bed0-ba76eb259d41"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("13799f78-a3e5-52cd-be87-06e4c7014e7e"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("13f7fe2e-171d-5d43-a333-ff9cfc38bf90"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("15ec6510-27e1-5cce-b1c4-a678f43f6d60"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("1883d34f-97f6-513f-a982-01295bbcc804"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("199fec32-189a-59b5-8013-d3d8c8dfdcd9"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("19bbc414-afa9-5588-bbd0-004ff498089d"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("1e50e48a-8483-5341-87c2-f3b5535ea80f"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("2001f2d3-d782-519f-a4d5-4def49b70ebd"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("202043ea-9d90-5a0e-a2ce-234ea6684b76"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("217e8713-6bcf-5447-9415-81325bcb012a"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("2220c871-508b-5cc8-8df3-92dfb596bd7e"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("2281eadf-bfbc-5314-bf31-a790eff969a2"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("23296d76-b55e-581a-851b-bcaee5337117"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("232f775d-fb1f-5347-821e-cb413bb233e3"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("23c57d68-c3d7-5c40-b223-fb397088edac"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("252b0cd3-9189-50c3-940b-e09f75160ada"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("2858ec6d-aadc-5822-9cd0-03e4185e21ec"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("2caf7c62-293e-5054-bff1-62b7a48e5a34"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("2d558a15-1b39-5a9e-b311-6338b0a91703"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("2d93a0a5-6137-5e13-938f-7332c6d82fe8"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("2dd68884-eef1-50ff-a9e1-79fb2de3834a"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("2dff05c4-210c-5f6c-ace0-f0742275ec60"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("3038c609-cf7d-5fd6-b018-d05758496ade"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("30834966-ae39-520a-8790-5747e11aad89"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("30cdf203-d96c-5334-a69f-45e0c6e7f0ff"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("30e4a46f-37e0-5a65-8a08-b98ebdd659be"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("30ef10b8-a771-5798-a5c1-490bc151d707"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("31521d11-1f48-50f9-af43-2e02810aaf00"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("31c4a56d-a99c-5699-b241-d008291d673d"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("32be2a03-ac7d-5e21-9338-7898aafc1bd9"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("33628358-aff4-5333-af73-8d193db86ee5"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("347d65ac-bef4-5ce0-ad3a-2115e09d4ec6"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("350ea49d-3129-50c7-bf73-d58a338519bc"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("35c0cfb0-257e-5c1c-bf3d-e45d735cb607"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("36c04eba-d194-553c-b40b-ea6392b6e6de"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("3854c928-69aa-5eba-a8db-11c9477c2f3a"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("398bf847-e4b3-5b06-8ad8-3bdcbe66cf83"),
                column: "kind",
                value: "time");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("39ddcbde-47e1-5d0a-9f2a-af045c78dfe5"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("3a6be320-31f6-5737-8277-51baaf270298"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("3b3dc232-316e-5bde-8585-1448c81f8db1"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("3cc8b6e4-1997-5ce0-949a-9f112d94e77c"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("3d4f53e0-3f64-5759-b5b6-d8e328a827f5"),
                column: "kind",
                value: "time");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("3e80f451-f9a7-5842-a585-e5dd6c653c12"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("41344a3e-9161-5db7-9cd1-99a7532e8820"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("41a9b9ad-d18b-537d-87d4-86e125c5a0b3"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("48183044-fddc-50b7-b9c3-5aea62cae258"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("4aa4d986-ec52-5ca6-bb58-ee7c4aab82a2"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("4bff93f5-3b58-5468-9af1-af402f19a868"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("4c8f0c28-79b2-5866-b26b-9c7e626463ba"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("4cc615a6-3201-5d19-8f62-44966524d636"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("4cdee7d1-d604-5fc5-8530-b9cbf85bcd11"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("4f3f86f9-ff27-5acc-a787-7aa2d8f244e5"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("4f4fda5d-1666-5663-8505-3168eaf41dc8"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("506aa13f-a4c7-5655-8000-5f320fd95c04"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("5136f44c-c859-5de7-a77d-ec5481122fbb"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("513c7216-aa2f-5b7b-ba97-c098a8a280ef"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("5164b989-af55-5627-9414-fcd400ff7344"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("56e5d6e9-9250-585c-9a41-15ec1e152c90"),
                column: "kind",
                value: "time");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("57d2c519-f41f-51fd-b463-ee12413dbee3"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("5ab161b9-a123-57e7-a06a-3edd2b111a40"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("5b14e216-c87c-5c61-af2a-844526df0092"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("5d8f227e-e920-5a6b-81ed-71d0bc233f64"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("5daeee67-f702-5ba9-8db8-027bd872f438"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("5ff2f3e8-f4bc-5daa-a597-56386d167747"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("601151c7-621c-57d3-aeda-93d21cdc47bc"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("60260339-cbc1-5d99-9bf4-18e995450a76"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("60b10fc6-f446-559d-842c-62bbb7e5155f"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("62b90371-b67d-59c7-9520-a60ac78efeda"),
                column: "kind",
                value: "time");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("63462580-a5a2-53a6-96a0-35b618b3233d"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("65c4830f-48e4-5b68-bd9b-738b0a2641ba"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("66973f2c-3edf-5f3d-b467-d3e11e23e8f0"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("67230750-f7ef-5de6-b417-5476acb89733"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("6cfdc2ab-a259-527d-b02e-c8f965cb9cdd"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("6ddcee96-f13e-5329-856e-697a929c85a9"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("6e680960-2a1b-5c32-bc9d-da187cdc97b5"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("6efcdcdc-e56d-553e-a46a-0a8a0a9662e3"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("6f3b473f-a233-5186-999c-129070cbb5fe"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("6f97cbf1-dd87-579e-9651-60287eea2c43"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("712e3128-dd6a-5d13-a329-407e08ca55ff"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("713b0dda-a170-5512-bcf4-65fea61513ba"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("75652f1e-9345-51cc-9f33-1ec608764648"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("76e744d7-6d86-578b-a219-ecc4c0760b14"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("79aa250a-0287-5439-830e-ca16862ccb84"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("7b8fd0f7-f1d1-53b6-82c6-5fbee281a4de"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("7baa4cf5-7822-5f7c-87eb-ad37334f1191"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("7ddec2b6-7310-5b22-82c4-faa482354a41"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("7e379261-c5be-5ebe-8249-31fc8306f51d"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("7e8d1eb7-b5a7-5f66-9193-60effbc58519"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("7e934ae0-794d-53f0-9fba-0828d7ae6c33"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("7ec18b6b-098b-57b4-a465-13e8d38666cf"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("7f8a800a-7740-571c-b8c5-b785a07881be"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("80dcd4d3-5ff1-57bc-bbae-756be0e3e53c"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("8213cc14-d07b-54e5-9630-38039c21f501"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("842bb114-bd3b-5cfe-8e6e-29a762f79e82"),
                column: "kind",
                value: "time");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("844c5ed8-0695-5dcf-a855-4d9e405fa0fe"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("8489252d-9dc9-55d6-8cce-de01d57c6c32"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("8489ef07-1f2e-56d8-950b-caae19d3118b"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("87486b2a-239e-5338-ab80-1029d1baab3b"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("87edaba4-526f-523b-8ca5-fab091655f37"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("8ad270f9-e26f-5a3f-b190-03986ec11c8e"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("8b962b29-42d5-5caf-9d7c-a1fd2200313a"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("8cc0a4a3-d790-53c7-a59d-872a714362df"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("8f4511dc-3389-58d9-8730-ae44e153a25c"),
                column: "kind",
                value: "weight_distance");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("8f6901be-b267-56b0-a86b-be6a7acf8843"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("9115e6a2-ce74-56db-bfb3-f0a17d241fdc"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("91310437-4d1e-55ca-be26-ea20f19b86bc"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("92512c5c-7a84-5039-9a9e-81a09d9a6593"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("927d1b86-9ab9-5114-a103-580607d707de"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("929f9414-1dcd-54b6-a089-a7edbad39321"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("9326f553-63d2-5e68-8621-1c31c95d781e"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("94a68212-cd2f-5a6c-a3b8-073d02b5c722"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("95e7f932-ded8-54e6-86b5-9e69c6493e37"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("971f8949-9e12-5f62-8e2d-f35621efc0c6"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("9746bc6e-3ffd-5f88-80f8-6a9fb8e4c964"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("996e5c0a-a2d5-57f9-b8de-739140ea89ea"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("9b13a9c8-63fd-5526-b7a3-f1e64f910f31"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("9b39e49e-94e2-5ad7-a17c-09f10df96883"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("9b7a35f1-8d77-500c-b040-a3a5fd0ecb11"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("9b7cb7d3-be5b-53b5-8680-14a8a4ddf129"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("9ba1a4f2-1b22-550e-991b-891f2a7cfa95"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("9bd9300c-794a-55b2-affd-abd8baf40ee9"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("9c108f48-859b-5429-9ba7-4ed7678a846c"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("9cc2e694-6eef-51fa-8fdc-8a88f286fa25"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("9cec4a35-ff7b-576e-b6a6-e3d8e0a813f7"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("9d8150a1-3dc4-5359-a97d-1a5dfd80e3e3"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("9ef18802-cd4c-5958-b14b-9a828daefef2"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("9f3b2964-70ee-5f53-96b8-0afedc16060c"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("a216a025-4686-5586-80da-5648459e4d9e"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("a3586810-24c5-5abc-8ff1-27fe01e5cc2c"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("a4a7e8ef-adb0-5612-b789-66095a1e7ad4"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("a757c144-b7b2-53ce-bb4f-bbd8193256d0"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("a786bfb0-a416-5f4f-9a26-cd63f5d7ce4b"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("a98ca7f6-0ae8-5a80-afa8-213c447e89ad"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("a9cc4d74-6123-5a48-b746-f86b04c550ec"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("aa1eee37-c5f0-5bcb-8aff-40a577b8fb76"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("ae0a7853-829d-509d-9ad8-7e7736f8bc37"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("b064cea3-c479-59db-b162-8da08193b764"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("b114baf8-1bdc-532a-8e29-9f496239ba56"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("b20a6654-8054-5fa8-b687-13bba8505d9c"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("b212cadc-37d9-5f24-8e5a-cc1cffe96338"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("b3ca6e4c-44f0-51a6-84e6-2b291605e50e"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("b53b773b-8061-506b-9472-0273a95829ce"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("b5d64afe-8f8a-5db9-8073-26fc70d93b99"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("b7d8445d-1470-58c0-b37a-37b5b761ee01"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("b96019ef-55e9-5ace-bf29-0cdb7a655f82"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("bb423601-ce7a-5769-807f-adcd78ae9c38"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("bf6ca7a9-3339-5afe-9f2c-a85482bb33e9"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("bf919a35-97c2-5ac7-96e4-0765e49965af"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("bfe78d84-2422-54c3-af33-b5ba093f564c"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("c07c21ec-20b7-5189-bf9c-b25dadf64d3c"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("c09dcbea-4fba-5b94-919d-0fdecd80178d"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("c0a1b28c-2041-598e-974f-94968a026cde"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("c1e4ad56-a154-5638-80b4-8b5f2a12d035"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("c2213816-99af-595c-a95c-5f3ce08eabea"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("c4f007b6-8e0f-531c-9225-90d675479efa"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("c9e3c46c-df48-57cf-a5eb-ef1e8cbf00e7"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("ca084eba-3788-569c-a699-aeb7ed035b40"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("cb3b5a0a-3ae8-5087-a6b3-fc794f6834af"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("cca9c0f6-4f2a-59e5-9718-f139e0d60b99"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("cda65095-6f64-50f8-b25a-a1b3b6b06852"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("ce9a7746-5287-51a0-8d6b-1217fca622c4"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("cef0e087-f270-527c-8d3c-361c89582c8d"),
                column: "kind",
                value: "weight_distance");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("d07b44cc-c38f-5ac6-b5f8-25dad2dc0939"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("d08dafe9-884a-557b-a22c-b97cd20d56e4"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("d1245fc3-f63f-5653-b973-f6a63fb54527"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("d137e68a-5bd8-58fb-86d5-dc462e640b73"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("d2056e1f-a3eb-5d9a-81ce-117a25c0f63d"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("d2dd795e-52aa-57bd-94f7-0c297105c29c"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("d30714fa-ac2b-5fe4-a312-00877993d52e"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("d43af741-3c60-5921-9132-2d0e337f2757"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("d7907e72-d28a-5485-8a7e-6fd0ead9e439"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("d864ea6a-2381-5669-be7c-e233ff59edf5"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("d8feaddf-9bca-553c-8215-4194bbcd09ad"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("d914f61f-3c8b-59d6-81f8-80fdab2da1fb"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("d9b3ca1c-cbc1-5398-be92-65e232907d4e"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("da849230-4941-5932-9b9e-ffc6caa62c4b"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("dbc11a54-2ef5-59f3-8122-a650f26f116d"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("dc258068-1a5e-5009-8b36-eb189b2d47d9"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("dd72f866-8c85-509b-b9d7-abfc6c10712c"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("ddbed183-ac9c-5adf-b53d-9515c95d959d"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("df57cee8-3ede-5398-b4f4-3d63f8905f71"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("e0ec5fb1-e648-5e3f-a1f6-ae4ff28bfd46"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("e12bbab8-36c5-5076-9de5-f7589bc22eb6"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("e1839d6c-2230-5098-b26b-0f410b1851a0"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("e2e8eb28-9315-56d0-b1f2-d3ff6200740e"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("e3d5ff48-08ef-5251-a58b-bc245c0c3c34"),
                column: "kind",
                value: "time");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("e5349d1e-1f9f-5d38-89ee-cbc361ae0d0d"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("e562f478-c349-53cb-8bea-4d83420b4fd7"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("e5c4de31-3955-5949-8337-974170e3a1cd"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("e685f854-620b-51f3-a80f-dbee94822294"),
                column: "kind",
                value: "weight_distance");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("e6a89b28-60c1-55ed-8238-995f44e48c28"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("e77f67d3-fa7b-5d2a-926f-e17f7a223ef8"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("e8b76896-221b-5be3-91da-f1e66c3100ec"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("ec56a441-7ef0-502d-a690-382c38938a64"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("eec0b917-ebc9-54ca-be7e-d25edeb4de64"),
                column: "kind",
                value: "time");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("ef7a9da4-bad1-56b9-b505-24c54dead1e8"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("efb41cc2-0a74-5ec9-b6a7-44bc33665cf6"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("f3557e1a-5005-54b0-ad28-e5862c247a6d"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("f6f11921-6b4c-5f13-bb9a-805f148c5356"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("f755f688-ec90-52a4-8c4f-f7585c0ee2fb"),
                column: "kind",
                value: "weight_distance");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("f823254e-c3c3-5815-9d0e-a5684791de3e"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("f85936a7-9dfd-5d49-9f75-5718782284a7"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("f876a7c4-6493-51dc-8028-96ae8a13b110"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("f9020fd9-f9ad-5f37-8539-0d6d4a72bd11"),
                column: "kind",
                value: "bodyweight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("fa459150-a924-5c16-885d-82b1b7800593"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("fa8a38da-d2d9-5fe4-a512-ba25fce33d6e"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("fb0b7c6c-80b0-5d33-a7f7-36a0748236f6"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("fb1924a1-2f96-5b3a-bc05-7d24da918745"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("fbd6309a-49a2-578b-9d68-5f535cc8f61d"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("fca9c4ae-10aa-5f2e-9b07-64af0cbef386"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("fcb48bef-06c5-5691-8766-ee5dd2919ecc"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("fd36aaa3-762d-5b6a-a2cd-1300d7de2856"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.UpdateData(
                table: "exercises",
                keyColumn: "id",
                keyValue: new Guid("fe8e8380-4aa9-586d-977e-67dcaef1f8c5"),
                column: "kind",
                value: "weight_reps");

            migrationBuilder.CreateIndex(
                name: "ix_exercise_notes_exercise_id",
                table: "exercise_notes",
                column: "exercise_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "exercise_notes");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "exercises");
        }
    }
}
