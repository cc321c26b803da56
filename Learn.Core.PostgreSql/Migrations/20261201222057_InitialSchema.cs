using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Learn.Core.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    ActorId = table.Column<int>(type: "integer", nullable: true),
                    Action = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false, collation: "C"),
                    SubjectAccountId = table.Column<int>(type: "integer", nullable: true),
                    Details = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignInThrottles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Phone = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Client = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Failures = table.Column<int>(type: "integer", nullable: false),
                    WindowStartMs = table.Column<long>(type: "bigint", nullable: false),
                    LockedUntilMs = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInThrottles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Villages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    District = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Regency = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Villages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Accounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Phone = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    PinHash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    VillageId = table.Column<int>(type: "integer", nullable: true),
                    Hamlet = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    Gender = table.Column<int>(type: "integer", nullable: false),
                    BirthYear = table.Column<int>(type: "integer", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    CreatedById = table.Column<int>(type: "integer", nullable: true),
                    LastSignInAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Accounts_Villages_VillageId",
                        column: x => x.VillageId,
                        principalTable: "Villages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Cohorts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    VillageId = table.Column<int>(type: "integer", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cohorts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cohorts_Villages_VillageId",
                        column: x => x.VillageId,
                        principalTable: "Villages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VillageLessonSummaries",
                columns: table => new
                {
                    VillageId = table.Column<int>(type: "integer", nullable: false),
                    LessonId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Attempts = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VillageLessonSummaries", x => new { x.VillageId, x.LessonId });
                    table.ForeignKey(
                        name: "FK_VillageLessonSummaries_Villages_VillageId",
                        column: x => x.VillageId,
                        principalTable: "Villages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VillageQuestionSummaries",
                columns: table => new
                {
                    VillageId = table.Column<int>(type: "integer", nullable: false),
                    LessonId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    QuestionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    WrongAnswers = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VillageQuestionSummaries", x => new { x.VillageId, x.LessonId, x.QuestionId });
                    table.ForeignKey(
                        name: "FK_VillageQuestionSummaries_Villages_VillageId",
                        column: x => x.VillageId,
                        principalTable: "Villages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AccountSessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    StartedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccountSessions_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BusinessSurveys",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LearnerId = table.Column<int>(type: "integer", nullable: true),
                    VillageId = table.Column<int>(type: "integer", nullable: false),
                    Wave = table.Column<int>(type: "integer", nullable: false),
                    TakenAt = table.Column<long>(type: "bigint", nullable: false),
                    RecordedById = table.Column<int>(type: "integer", nullable: false),
                    SellsOnline = table.Column<bool>(type: "boolean", nullable: false),
                    MonthlyTurnover = table.Column<long>(type: "bigint", nullable: false),
                    MarginPercent = table.Column<int>(type: "integer", nullable: false),
                    Provinces = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false, collation: "C"),
                    PeopleEmployed = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BusinessSurveys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BusinessSurveys_Accounts_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_BusinessSurveys_Villages_VillageId",
                        column: x => x.VillageId,
                        principalTable: "Villages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FacilitatorVillages",
                columns: table => new
                {
                    FacilitatorId = table.Column<int>(type: "integer", nullable: false),
                    VillageId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FacilitatorVillages", x => new { x.FacilitatorId, x.VillageId });
                    table.ForeignKey(
                        name: "FK_FacilitatorVillages_Accounts_FacilitatorId",
                        column: x => x.FacilitatorId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FacilitatorVillages_Villages_VillageId",
                        column: x => x.VillageId,
                        principalTable: "Villages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HelpNudges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LearnerId = table.Column<int>(type: "integer", nullable: false),
                    ById = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpNudges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HelpNudges_Accounts_ById",
                        column: x => x.ById,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HelpNudges_Accounts_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HelpRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LearnerId = table.Column<int>(type: "integer", nullable: false),
                    VillageId = table.Column<int>(type: "integer", nullable: false),
                    LessonId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    SectionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    QuestionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    FirstHelperId = table.Column<int>(type: "integer", nullable: true),
                    HelperId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    RoutedAt = table.Column<long>(type: "bigint", nullable: false),
                    LastActivityAt = table.Column<long>(type: "bigint", nullable: false),
                    FirstReplyAt = table.Column<long>(type: "bigint", nullable: true),
                    FirstReplyById = table.Column<int>(type: "integer", nullable: true),
                    ResolvedAt = table.Column<long>(type: "bigint", nullable: true),
                    ResolvedById = table.Column<int>(type: "integer", nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: true),
                    Rating = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HelpRequests_Accounts_HelperId",
                        column: x => x.HelperId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_HelpRequests_Accounts_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HelpRequests_Villages_VillageId",
                        column: x => x.VillageId,
                        principalTable: "Villages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "KaderAssignments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LearnerId = table.Column<int>(type: "integer", nullable: false),
                    KaderId = table.Column<int>(type: "integer", nullable: false),
                    IsNeighbourVillage = table.Column<bool>(type: "boolean", nullable: false),
                    IsPinned = table.Column<bool>(type: "boolean", nullable: false),
                    Explanation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    AssignedAt = table.Column<long>(type: "bigint", nullable: false),
                    AssignedById = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KaderAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KaderAssignments_Accounts_KaderId",
                        column: x => x.KaderId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KaderAssignments_Accounts_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KaderPreferences",
                columns: table => new
                {
                    LearnerId = table.Column<int>(type: "integer", nullable: false),
                    KaderId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KaderPreferences", x => x.LearnerId);
                    table.ForeignKey(
                        name: "FK_KaderPreferences_Accounts_KaderId",
                        column: x => x.KaderId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_KaderPreferences_Accounts_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KaderProfiles",
                columns: table => new
                {
                    KaderId = table.Column<int>(type: "integer", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    Languages = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false, collation: "C"),
                    Availability = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    CertifiedLevel = table.Column<int>(type: "integer", nullable: true),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KaderProfiles", x => x.KaderId);
                    table.ForeignKey(
                        name: "FK_KaderProfiles_Accounts_KaderId",
                        column: x => x.KaderId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KaderWishes",
                columns: table => new
                {
                    LearnerId = table.Column<int>(type: "integer", nullable: false),
                    SameGender = table.Column<bool>(type: "boolean", nullable: false),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KaderWishes", x => x.LearnerId);
                    table.ForeignKey(
                        name: "FK_KaderWishes_Accounts_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearnerLevelSummaries",
                columns: table => new
                {
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    LevelNumber = table.Column<int>(type: "integer", nullable: false),
                    MasteredLessons = table.Column<int>(type: "integer", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    FailuresInARow = table.Column<int>(type: "integer", nullable: false),
                    LastActivityAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearnerLevelSummaries", x => new { x.AccountId, x.LevelNumber });
                    table.ForeignKey(
                        name: "FK_LearnerLevelSummaries_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LessonProgress",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    LessonId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    LevelNumber = table.Column<int>(type: "integer", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    FailedAttempts = table.Column<int>(type: "integer", nullable: false),
                    ConsecutiveFailures = table.Column<int>(type: "integer", nullable: false),
                    BestCorrect = table.Column<int>(type: "integer", nullable: false),
                    MasteredAt = table.Column<long>(type: "bigint", nullable: true),
                    LastActivityAt = table.Column<long>(type: "bigint", nullable: false),
                    MasteredWithKaderId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LessonProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LessonProgress_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LevelUnlocks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    LevelNumber = table.Column<int>(type: "integer", nullable: false),
                    Method = table.Column<int>(type: "integer", nullable: false),
                    ByAccountId = table.Column<int>(type: "integer", nullable: true),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LevelUnlocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LevelUnlocks_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Milestones",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LearnerId = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false, collation: "C"),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    Evidence = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Milestones_Accounts_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuizAttempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    LessonId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    Correct = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: false),
                    WrongQuestionIds = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    AssistedByKaderId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuizAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuizAttempts_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Shops",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LearnerId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false, collation: "C"),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    Day = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Shops", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Shops_Accounts_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SkillSignOffs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LearnerId = table.Column<int>(type: "integer", nullable: false),
                    SkillId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    KaderId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkillSignOffs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SkillSignOffs_Accounts_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SyncReceipts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    ClientId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    LessonId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    AnsweredAt = table.Column<long>(type: "bigint", nullable: false),
                    ReceivedAt = table.Column<long>(type: "bigint", nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SyncReceipts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SyncReceipts_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CohortMembers",
                columns: table => new
                {
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    LearnerId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CohortMembers", x => new { x.CohortId, x.LearnerId });
                    table.ForeignKey(
                        name: "FK_CohortMembers_Accounts_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CohortMembers_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HelpMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    SenderId = table.Column<int>(type: "integer", nullable: false),
                    ClientId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "C"),
                    SentAt = table.Column<long>(type: "bigint", nullable: false),
                    ReadAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HelpMessages_Accounts_SenderId",
                        column: x => x.SenderId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HelpMessages_HelpRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "HelpRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LedgerEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ShopId = table.Column<long>(type: "bigint", nullable: false),
                    RunId = table.Column<long>(type: "bigint", nullable: true),
                    OrderId = table.Column<long>(type: "bigint", nullable: true),
                    ProductId = table.Column<long>(type: "bigint", nullable: true),
                    Day = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Note = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LedgerEntries_Shops_ShopId",
                        column: x => x.ShopId,
                        principalTable: "Shops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScenarioRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ShopId = table.Column<long>(type: "bigint", nullable: false),
                    ScenarioId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false, collation: "C"),
                    Seed = table.Column<int>(type: "integer", nullable: false),
                    StartDay = table.Column<int>(type: "integer", nullable: false),
                    Arrived = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StartedAt = table.Column<long>(type: "bigint", nullable: false),
                    FinishedAt = table.Column<long>(type: "bigint", nullable: true),
                    Result = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScenarioRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScenarioRuns_Shops_ShopId",
                        column: x => x.ShopId,
                        principalTable: "Shops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ShopFeedback",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ShopId = table.Column<long>(type: "bigint", nullable: false),
                    RunId = table.Column<long>(type: "bigint", nullable: true),
                    OrderId = table.Column<long>(type: "bigint", nullable: true),
                    Day = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    IsGood = table.Column<bool>(type: "boolean", nullable: false),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false, collation: "C"),
                    LessonId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    ScamRefused = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShopFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShopFeedback_Shops_ShopId",
                        column: x => x.ShopId,
                        principalTable: "Shops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ShopProducts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ShopId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false, collation: "C"),
                    Price = table.Column<long>(type: "bigint", nullable: false),
                    Cost = table.Column<long>(type: "bigint", nullable: false),
                    Stock = table.Column<int>(type: "integer", nullable: false),
                    WeightGrams = table.Column<int>(type: "integer", nullable: false),
                    PhotoFile = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true, collation: "C"),
                    Visits = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShopProducts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShopProducts_Shops_ShopId",
                        column: x => x.ShopId,
                        principalTable: "Shops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ShopOrders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ShopId = table.Column<long>(type: "bigint", nullable: false),
                    RunId = table.Column<long>(type: "bigint", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    BuyerName = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    City = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    ProductId = table.Column<long>(type: "bigint", nullable: false),
                    ProductName = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    UnitPrice = table.Column<long>(type: "bigint", nullable: false),
                    UnitCost = table.Column<long>(type: "bigint", nullable: false),
                    WeightGrams = table.Column<int>(type: "integer", nullable: false),
                    Payment = table.Column<int>(type: "integer", nullable: false),
                    Twist = table.Column<int>(type: "integer", nullable: false),
                    PlannedReview = table.Column<int>(type: "integer", nullable: false),
                    CourierDays = table.Column<int>(type: "integer", nullable: false),
                    ScamAmount = table.Column<long>(type: "bigint", nullable: false),
                    TransferAmount = table.Column<long>(type: "bigint", nullable: false),
                    PlacedDay = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Prompt = table.Column<int>(type: "integer", nullable: false),
                    QuestionPending = table.Column<bool>(type: "boolean", nullable: false),
                    MutasiChecked = table.Column<bool>(type: "boolean", nullable: false),
                    Courier = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true, collation: "C"),
                    Resi = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true, collation: "C"),
                    ShippingFee = table.Column<long>(type: "bigint", nullable: false),
                    ShippedDay = table.Column<int>(type: "integer", nullable: true),
                    DeliveredDay = table.Column<int>(type: "integer", nullable: true),
                    Stars = table.Column<int>(type: "integer", nullable: true),
                    HadMistake = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShopOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShopOrders_ScenarioRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "ScenarioRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ShopOrders_Shops_ShopId",
                        column: x => x.ShopId,
                        principalTable: "Shops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ShopMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ShopId = table.Column<long>(type: "bigint", nullable: false),
                    OrderId = table.Column<long>(type: "bigint", nullable: false),
                    Day = table.Column<int>(type: "integer", nullable: false),
                    Sender = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    Amount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShopMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShopMessages_ShopOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "ShopOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ShopMessages_Shops_ShopId",
                        column: x => x.ShopId,
                        principalTable: "Shops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Phone",
                table: "Accounts",
                column: "Phone",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_VillageId_Role",
                table: "Accounts",
                columns: new[] { "VillageId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_AccountSessions_AccountId",
                table: "AccountSessions",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_SubjectAccountId",
                table: "AuditEntries",
                column: "SubjectAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_BusinessSurveys_LearnerId_Wave",
                table: "BusinessSurveys",
                columns: new[] { "LearnerId", "Wave" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BusinessSurveys_VillageId_Wave",
                table: "BusinessSurveys",
                columns: new[] { "VillageId", "Wave" });

            migrationBuilder.CreateIndex(
                name: "IX_CohortMembers_LearnerId",
                table: "CohortMembers",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Cohorts_VillageId_Name",
                table: "Cohorts",
                columns: new[] { "VillageId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FacilitatorVillages_VillageId",
                table: "FacilitatorVillages",
                column: "VillageId");

            migrationBuilder.CreateIndex(
                name: "IX_HelpMessages_RequestId_Id",
                table: "HelpMessages",
                columns: new[] { "RequestId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpMessages_SenderId_ClientId",
                table: "HelpMessages",
                columns: new[] { "SenderId", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HelpMessages_SenderId_SentAt",
                table: "HelpMessages",
                columns: new[] { "SenderId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpNudges_ById",
                table: "HelpNudges",
                column: "ById");

            migrationBuilder.CreateIndex(
                name: "IX_HelpNudges_LearnerId_At",
                table: "HelpNudges",
                columns: new[] { "LearnerId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpRequests_HelperId",
                table: "HelpRequests",
                column: "HelperId");

            migrationBuilder.CreateIndex(
                name: "IX_HelpRequests_LearnerId",
                table: "HelpRequests",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_HelpRequests_Status_RoutedAt",
                table: "HelpRequests",
                columns: new[] { "Status", "RoutedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpRequests_VillageId_Status_Id",
                table: "HelpRequests",
                columns: new[] { "VillageId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_KaderAssignments_KaderId",
                table: "KaderAssignments",
                column: "KaderId");

            migrationBuilder.CreateIndex(
                name: "IX_KaderAssignments_LearnerId",
                table: "KaderAssignments",
                column: "LearnerId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KaderPreferences_KaderId",
                table: "KaderPreferences",
                column: "KaderId");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_RunId",
                table: "LedgerEntries",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_ShopId_Day",
                table: "LedgerEntries",
                columns: new[] { "ShopId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_LessonProgress_AccountId_LessonId",
                table: "LessonProgress",
                columns: new[] { "AccountId", "LessonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LevelUnlocks_AccountId_LevelNumber",
                table: "LevelUnlocks",
                columns: new[] { "AccountId", "LevelNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_LearnerId_Key",
                table: "Milestones",
                columns: new[] { "LearnerId", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_QuizAttempts_AccountId_At",
                table: "QuizAttempts",
                columns: new[] { "AccountId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_QuizAttempts_LessonId",
                table: "QuizAttempts",
                column: "LessonId");

            migrationBuilder.CreateIndex(
                name: "IX_ScenarioRuns_ShopId_Status",
                table: "ScenarioRuns",
                columns: new[] { "ShopId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ShopFeedback_RunId",
                table: "ShopFeedback",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_ShopFeedback_ShopId_OrderId",
                table: "ShopFeedback",
                columns: new[] { "ShopId", "OrderId" });

            migrationBuilder.CreateIndex(
                name: "IX_ShopMessages_OrderId",
                table: "ShopMessages",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ShopMessages_ShopId_OrderId",
                table: "ShopMessages",
                columns: new[] { "ShopId", "OrderId" });

            migrationBuilder.CreateIndex(
                name: "IX_ShopOrders_RunId",
                table: "ShopOrders",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_ShopOrders_ShopId_Status",
                table: "ShopOrders",
                columns: new[] { "ShopId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ShopProducts_ShopId",
                table: "ShopProducts",
                column: "ShopId");

            migrationBuilder.CreateIndex(
                name: "IX_Shops_LearnerId",
                table: "Shops",
                column: "LearnerId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignInThrottles_Phone_Client",
                table: "SignInThrottles",
                columns: new[] { "Phone", "Client" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SkillSignOffs_LearnerId_SkillId",
                table: "SkillSignOffs",
                columns: new[] { "LearnerId", "SkillId" });

            migrationBuilder.CreateIndex(
                name: "IX_SyncReceipts_AccountId_ClientId",
                table: "SyncReceipts",
                columns: new[] { "AccountId", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Villages_Name_District",
                table: "Villages",
                columns: new[] { "Name", "District" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountSessions");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "BusinessSurveys");

            migrationBuilder.DropTable(
                name: "CohortMembers");

            migrationBuilder.DropTable(
                name: "FacilitatorVillages");

            migrationBuilder.DropTable(
                name: "HelpMessages");

            migrationBuilder.DropTable(
                name: "HelpNudges");

            migrationBuilder.DropTable(
                name: "KaderAssignments");

            migrationBuilder.DropTable(
                name: "KaderPreferences");

            migrationBuilder.DropTable(
                name: "KaderProfiles");

            migrationBuilder.DropTable(
                name: "KaderWishes");

            migrationBuilder.DropTable(
                name: "LearnerLevelSummaries");

            migrationBuilder.DropTable(
                name: "LedgerEntries");

            migrationBuilder.DropTable(
                name: "LessonProgress");

            migrationBuilder.DropTable(
                name: "LevelUnlocks");

            migrationBuilder.DropTable(
                name: "Milestones");

            migrationBuilder.DropTable(
                name: "QuizAttempts");

            migrationBuilder.DropTable(
                name: "ShopFeedback");

            migrationBuilder.DropTable(
                name: "ShopMessages");

            migrationBuilder.DropTable(
                name: "ShopProducts");

            migrationBuilder.DropTable(
                name: "SignInThrottles");

            migrationBuilder.DropTable(
                name: "SkillSignOffs");

            migrationBuilder.DropTable(
                name: "SyncReceipts");

            migrationBuilder.DropTable(
                name: "VillageLessonSummaries");

            migrationBuilder.DropTable(
                name: "VillageQuestionSummaries");

            migrationBuilder.DropTable(
                name: "Cohorts");

            migrationBuilder.DropTable(
                name: "HelpRequests");

            migrationBuilder.DropTable(
                name: "ShopOrders");

            migrationBuilder.DropTable(
                name: "ScenarioRuns");

            migrationBuilder.DropTable(
                name: "Shops");

            migrationBuilder.DropTable(
                name: "Accounts");

            migrationBuilder.DropTable(
                name: "Villages");
        }
    }
}
