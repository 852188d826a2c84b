using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NetworkGraph.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AdvocacyGoals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    GoalStatus = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    HorizonYear = table.Column<int>(type: "int", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Visibility = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DefaultLocale = table.Column<string>(type: "nvarchar(35)", maxLength: 35, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdvocacyGoals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    RecordType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    RecordId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Details = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Campaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", maxLength: 100000, nullable: false),
                    PublishAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UnpublishAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Visibility = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DefaultLocale = table.Column<string>(type: "nvarchar(35)", maxLength: 35, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Campaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Coalitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Acronym = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Purpose = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    FoundedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DissolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Visibility = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DefaultLocale = table.Column<string>(type: "nvarchar(35)", maxLength: 35, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Coalitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Countries",
                columns: table => new
                {
                    Code = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Iso3 = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    NumericCode = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Region = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Subregion = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Countries", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Defenders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Alias = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    LegalName = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Contact = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    RiskLevel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    PublicationConsent = table.Column<bool>(type: "bit", nullable: false),
                    ConsentRecordedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ConsentRecordedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Bio = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Visibility = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DefaultLocale = table.Column<string>(type: "nvarchar(35)", maxLength: 35, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Defenders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Institutions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Institutions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "LocalizedTexts",
                columns: table => new
                {
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Field = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Locale = table.Column<string>(type: "nvarchar(35)", maxLength: 35, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LocalizedTexts", x => new { x.OwnerId, x.Field, x.Locale });
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Topic = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Revisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    RecordId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Snapshot = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Author = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Revisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Themes",
                columns: table => new
                {
                    Code = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    ParentCode = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Themes", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Themes_Themes_ParentCode",
                        column: x => x.ParentCode,
                        principalTable: "Themes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CampaignGoals",
                columns: table => new
                {
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GoalsId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignGoals", x => new { x.CampaignId, x.GoalsId });
                    table.ForeignKey(
                        name: "FK_CampaignGoals_AdvocacyGoals_GoalsId",
                        column: x => x.GoalsId,
                        principalTable: "AdvocacyGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CampaignGoals_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CampaignCoalitions",
                columns: table => new
                {
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CoalitionsId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignCoalitions", x => new { x.CampaignId, x.CoalitionsId });
                    table.ForeignKey(
                        name: "FK_CampaignCoalitions_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CampaignCoalitions_Coalitions_CoalitionsId",
                        column: x => x.CoalitionsId,
                        principalTable: "Coalitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AdvocacyGoalCountries",
                columns: table => new
                {
                    AdvocacyGoalId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CountriesCode = table.Column<string>(type: "nvarchar(2)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdvocacyGoalCountries", x => new { x.AdvocacyGoalId, x.CountriesCode });
                    table.ForeignKey(
                        name: "FK_AdvocacyGoalCountries_AdvocacyGoals_AdvocacyGoalId",
                        column: x => x.AdvocacyGoalId,
                        principalTable: "AdvocacyGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AdvocacyGoalCountries_Countries_CountriesCode",
                        column: x => x.CountriesCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CivicSpace",
                columns: table => new
                {
                    CountryCode = table.Column<string>(type: "nvarchar(2)", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Regime = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ElectoralDemocracy = table.Column<double>(type: "float", nullable: true),
                    CivilSociety = table.Column<double>(type: "float", nullable: true),
                    FreedomOfAssociation = table.Column<double>(type: "float", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CivicSpace", x => new { x.CountryCode, x.Year });
                    table.ForeignKey(
                        name: "FK_CivicSpace_Countries_CountryCode",
                        column: x => x.CountryCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CountryCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    City = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: true),
                    Description = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Visibility = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DefaultLocale = table.Column<string>(type: "nvarchar(35)", maxLength: 35, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Events_Countries_CountryCode",
                        column: x => x.CountryCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Acronym = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    HeadquartersCountryCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Website = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    FoundedYear = table.Column<int>(type: "int", nullable: true),
                    Description = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Visibility = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DefaultLocale = table.Column<string>(type: "nvarchar(35)", maxLength: 35, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Organisations_Countries_HeadquartersCountryCode",
                        column: x => x.HeadquartersCountryCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CampaignDefenders",
                columns: table => new
                {
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DefendersId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignDefenders", x => new { x.CampaignId, x.DefendersId });
                    table.ForeignKey(
                        name: "FK_CampaignDefenders_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CampaignDefenders_Defenders_DefendersId",
                        column: x => x.DefendersId,
                        principalTable: "Defenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DefenderCountries",
                columns: table => new
                {
                    CountriesCode = table.Column<string>(type: "nvarchar(2)", nullable: false),
                    DefenderId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DefenderCountries", x => new { x.CountriesCode, x.DefenderId });
                    table.ForeignKey(
                        name: "FK_DefenderCountries_Countries_CountriesCode",
                        column: x => x.CountriesCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DefenderCountries_Defenders_DefenderId",
                        column: x => x.DefenderId,
                        principalTable: "Defenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AdvocacyGoalInstitutions",
                columns: table => new
                {
                    AdvocacyGoalId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TargetInstitutionsCode = table.Column<string>(type: "nvarchar(10)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdvocacyGoalInstitutions", x => new { x.AdvocacyGoalId, x.TargetInstitutionsCode });
                    table.ForeignKey(
                        name: "FK_AdvocacyGoalInstitutions_AdvocacyGoals_AdvocacyGoalId",
                        column: x => x.AdvocacyGoalId,
                        principalTable: "AdvocacyGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AdvocacyGoalInstitutions_Institutions_TargetInstitutionsCode",
                        column: x => x.TargetInstitutionsCode,
                        principalTable: "Institutions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionMemberships",
                columns: table => new
                {
                    InstitutionCode = table.Column<string>(type: "nvarchar(10)", nullable: false),
                    CountryCode = table.Column<string>(type: "nvarchar(2)", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionMemberships", x => new { x.InstitutionCode, x.CountryCode });
                    table.ForeignKey(
                        name: "FK_InstitutionMemberships_Countries_CountryCode",
                        column: x => x.CountryCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InstitutionMemberships_Institutions_InstitutionCode",
                        column: x => x.InstitutionCode,
                        principalTable: "Institutions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AdvocacyGoalThemes",
                columns: table => new
                {
                    AdvocacyGoalId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ThemesCode = table.Column<string>(type: "nvarchar(60)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdvocacyGoalThemes", x => new { x.AdvocacyGoalId, x.ThemesCode });
                    table.ForeignKey(
                        name: "FK_AdvocacyGoalThemes_AdvocacyGoals_AdvocacyGoalId",
                        column: x => x.AdvocacyGoalId,
                        principalTable: "AdvocacyGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AdvocacyGoalThemes_Themes_ThemesCode",
                        column: x => x.ThemesCode,
                        principalTable: "Themes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CampaignThemes",
                columns: table => new
                {
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ThemesCode = table.Column<string>(type: "nvarchar(60)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignThemes", x => new { x.CampaignId, x.ThemesCode });
                    table.ForeignKey(
                        name: "FK_CampaignThemes_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CampaignThemes_Themes_ThemesCode",
                        column: x => x.ThemesCode,
                        principalTable: "Themes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CoalitionThemes",
                columns: table => new
                {
                    CoalitionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ThemesCode = table.Column<string>(type: "nvarchar(60)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoalitionThemes", x => new { x.CoalitionId, x.ThemesCode });
                    table.ForeignKey(
                        name: "FK_CoalitionThemes_Coalitions_CoalitionId",
                        column: x => x.CoalitionId,
                        principalTable: "Coalitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CoalitionThemes_Themes_ThemesCode",
                        column: x => x.ThemesCode,
                        principalTable: "Themes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DefenderThemes",
                columns: table => new
                {
                    DefenderId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ThemesCode = table.Column<string>(type: "nvarchar(60)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DefenderThemes", x => new { x.DefenderId, x.ThemesCode });
                    table.ForeignKey(
                        name: "FK_DefenderThemes_Defenders_DefenderId",
                        column: x => x.DefenderId,
                        principalTable: "Defenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DefenderThemes_Themes_ThemesCode",
                        column: x => x.ThemesCode,
                        principalTable: "Themes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventThemes",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ThemesCode = table.Column<string>(type: "nvarchar(60)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventThemes", x => new { x.EventId, x.ThemesCode });
                    table.ForeignKey(
                        name: "FK_EventThemes_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventThemes_Themes_ThemesCode",
                        column: x => x.ThemesCode,
                        principalTable: "Themes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Affiliations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DefenderId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Role = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: true),
                    Until = table.Column<DateOnly>(type: "date", nullable: true),
                    Visibility = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Affiliations", x => x.Id);
                    table.CheckConstraint("CK_Affiliation_Period", "\"Until\" IS NULL OR \"Since\" IS NULL OR \"Until\" >= \"Since\"");
                    table.ForeignKey(
                        name: "FK_Affiliations_Defenders_DefenderId",
                        column: x => x.DefenderId,
                        principalTable: "Defenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Affiliations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AllianceProposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProposerOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Rationale = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DecisionNote = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecidedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CoalitionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedRecordId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedRecordType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AllianceProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AllianceProposals_Coalitions_CoalitionId",
                        column: x => x.CoalitionId,
                        principalTable: "Coalitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AllianceProposals_Organisations_ProposerOrganisationId",
                        column: x => x.ProposerOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ApiKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Prefix = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    SecretHash = table.Column<byte[]>(type: "varbinary(32)", maxLength: 32, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ExpiresAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastUsedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiKeys_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "GoalSupports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GoalId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CoalitionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Role = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: true),
                    Until = table.Column<DateOnly>(type: "date", nullable: true),
                    Visibility = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalSupports", x => x.Id);
                    table.CheckConstraint("CK_GoalSupport_OrganisationId_CoalitionId", "(\"OrganisationId\" IS NULL AND \"CoalitionId\" IS NOT NULL) OR (\"OrganisationId\" IS NOT NULL AND \"CoalitionId\" IS NULL)");
                    table.CheckConstraint("CK_GoalSupport_Period", "\"Until\" IS NULL OR \"Since\" IS NULL OR \"Until\" >= \"Since\"");
                    table.ForeignKey(
                        name: "FK_GoalSupports_AdvocacyGoals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "AdvocacyGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GoalSupports_Coalitions_CoalitionId",
                        column: x => x.CoalitionId,
                        principalTable: "Coalitions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_GoalSupports_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Memberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DefenderId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Role = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: true),
                    Until = table.Column<DateOnly>(type: "date", nullable: true),
                    Visibility = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Memberships", x => x.Id);
                    table.CheckConstraint("CK_Membership_OrganisationId_DefenderId", "(\"OrganisationId\" IS NULL AND \"DefenderId\" IS NOT NULL) OR (\"OrganisationId\" IS NOT NULL AND \"DefenderId\" IS NULL)");
                    table.CheckConstraint("CK_Membership_Period", "\"Until\" IS NULL OR \"Since\" IS NULL OR \"Until\" >= \"Since\"");
                    table.ForeignKey(
                        name: "FK_Memberships_Coalitions_CoalitionId",
                        column: x => x.CoalitionId,
                        principalTable: "Coalitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Memberships_Defenders_DefenderId",
                        column: x => x.DefenderId,
                        principalTable: "Defenders",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Memberships_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "OrganisationCountries",
                columns: table => new
                {
                    OperatingCountriesCode = table.Column<string>(type: "nvarchar(2)", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationCountries", x => new { x.OperatingCountriesCode, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_OrganisationCountries_Countries_OperatingCountriesCode",
                        column: x => x.OperatingCountriesCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrganisationCountries_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationThemes",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ThemesCode = table.Column<string>(type: "nvarchar(60)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationThemes", x => new { x.OrganisationId, x.ThemesCode });
                    table.ForeignKey(
                        name: "FK_OrganisationThemes_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrganisationThemes_Themes_ThemesCode",
                        column: x => x.ThemesCode,
                        principalTable: "Themes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Participations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DefenderId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Role = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: true),
                    Until = table.Column<DateOnly>(type: "date", nullable: true),
                    Visibility = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Participations", x => x.Id);
                    table.CheckConstraint("CK_Participation_OrganisationId_DefenderId", "(\"OrganisationId\" IS NULL AND \"DefenderId\" IS NOT NULL) OR (\"OrganisationId\" IS NOT NULL AND \"DefenderId\" IS NULL)");
                    table.CheckConstraint("CK_Participation_Period", "\"Until\" IS NULL OR \"Since\" IS NULL OR \"Until\" >= \"Since\"");
                    table.ForeignKey(
                        name: "FK_Participations_Defenders_DefenderId",
                        column: x => x.DefenderId,
                        principalTable: "Defenders",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Participations_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Participations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Partnerships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: true),
                    Until = table.Column<DateOnly>(type: "date", nullable: true),
                    Visibility = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Partnerships", x => x.Id);
                    table.CheckConstraint("CK_Partnership_NotSelf", "\"OrganisationId\" <> \"PartnerId\"");
                    table.CheckConstraint("CK_Partnership_Period", "\"Until\" IS NULL OR \"Since\" IS NULL OR \"Until\" >= \"Since\"");
                    table.ForeignKey(
                        name: "FK_Partnerships_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Partnerships_Organisations_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WebhookSubscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Url = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Secret = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Topics = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookSubscriptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WebhookSubscriptions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "AllianceProposalGoals",
                columns: table => new
                {
                    AllianceProposalId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SharedGoalsId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AllianceProposalGoals", x => new { x.AllianceProposalId, x.SharedGoalsId });
                    table.ForeignKey(
                        name: "FK_AllianceProposalGoals_AdvocacyGoals_SharedGoalsId",
                        column: x => x.SharedGoalsId,
                        principalTable: "AdvocacyGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AllianceProposalGoals_AllianceProposals_AllianceProposalId",
                        column: x => x.AllianceProposalId,
                        principalTable: "AllianceProposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProposalParties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProposalId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DefenderId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposalParties_AllianceProposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "AllianceProposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProposalParties_Defenders_DefenderId",
                        column: x => x.DefenderId,
                        principalTable: "Defenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProposalParties_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WebhookDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubscriptionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OutboxMessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Attempt = table.Column<int>(type: "int", nullable: false),
                    StatusCode = table.Column<int>(type: "int", nullable: true),
                    Error = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Succeeded = table.Column<bool>(type: "bit", nullable: false),
                    AttemptedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WebhookDeliveries_OutboxMessages_OutboxMessageId",
                        column: x => x.OutboxMessageId,
                        principalTable: "OutboxMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WebhookDeliveries_WebhookSubscriptions_SubscriptionId",
                        column: x => x.SubscriptionId,
                        principalTable: "WebhookSubscriptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdvocacyGoalCountries_CountriesCode",
                table: "AdvocacyGoalCountries",
                column: "CountriesCode");

            migrationBuilder.CreateIndex(
                name: "IX_AdvocacyGoalInstitutions_TargetInstitutionsCode",
                table: "AdvocacyGoalInstitutions",
                column: "TargetInstitutionsCode");

            migrationBuilder.CreateIndex(
                name: "IX_AdvocacyGoals_GoalStatus",
                table: "AdvocacyGoals",
                column: "GoalStatus");

            migrationBuilder.CreateIndex(
                name: "IX_AdvocacyGoals_HorizonYear",
                table: "AdvocacyGoals",
                column: "HorizonYear");

            migrationBuilder.CreateIndex(
                name: "IX_AdvocacyGoals_Slug",
                table: "AdvocacyGoals",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdvocacyGoals_Status_Visibility",
                table: "AdvocacyGoals",
                columns: new[] { "Status", "Visibility" });

            migrationBuilder.CreateIndex(
                name: "IX_AdvocacyGoals_Title",
                table: "AdvocacyGoals",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_AdvocacyGoals_UpdatedAt",
                table: "AdvocacyGoals",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_AdvocacyGoalThemes_ThemesCode",
                table: "AdvocacyGoalThemes",
                column: "ThemesCode");

            migrationBuilder.CreateIndex(
                name: "IX_Affiliations_DefenderId",
                table: "Affiliations",
                column: "DefenderId");

            migrationBuilder.CreateIndex(
                name: "IX_Affiliations_OrganisationId",
                table: "Affiliations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Affiliations_UpdatedAt",
                table: "Affiliations",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Affiliations_Visibility",
                table: "Affiliations",
                column: "Visibility");

            migrationBuilder.CreateIndex(
                name: "IX_AllianceProposalGoals_SharedGoalsId",
                table: "AllianceProposalGoals",
                column: "SharedGoalsId");

            migrationBuilder.CreateIndex(
                name: "IX_AllianceProposals_CoalitionId",
                table: "AllianceProposals",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_AllianceProposals_ProposerOrganisationId",
                table: "AllianceProposals",
                column: "ProposerOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_AllianceProposals_Status",
                table: "AllianceProposals",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_AllianceProposals_UpdatedAt",
                table: "AllianceProposals",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_OrganisationId",
                table: "ApiKeys",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_Prefix",
                table: "ApiKeys",
                column: "Prefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_UpdatedAt",
                table: "ApiKeys",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_Action",
                table: "AuditEvents",
                column: "Action");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_Actor",
                table: "AuditEvents",
                column: "Actor");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_OccurredAt",
                table: "AuditEvents",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_RecordId",
                table: "AuditEvents",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignCoalitions_CoalitionsId",
                table: "CampaignCoalitions",
                column: "CoalitionsId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignDefenders_DefendersId",
                table: "CampaignDefenders",
                column: "DefendersId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignGoals_GoalsId",
                table: "CampaignGoals",
                column: "GoalsId");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_PublishAt",
                table: "Campaigns",
                column: "PublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_Slug",
                table: "Campaigns",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_Status_Visibility",
                table: "Campaigns",
                columns: new[] { "Status", "Visibility" });

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_Title",
                table: "Campaigns",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_UnpublishAt",
                table: "Campaigns",
                column: "UnpublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_UpdatedAt",
                table: "Campaigns",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignThemes_ThemesCode",
                table: "CampaignThemes",
                column: "ThemesCode");

            migrationBuilder.CreateIndex(
                name: "IX_Coalitions_FoundedOn",
                table: "Coalitions",
                column: "FoundedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Coalitions_Name",
                table: "Coalitions",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Coalitions_Slug",
                table: "Coalitions",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Coalitions_Status_Visibility",
                table: "Coalitions",
                columns: new[] { "Status", "Visibility" });

            migrationBuilder.CreateIndex(
                name: "IX_Coalitions_UpdatedAt",
                table: "Coalitions",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CoalitionThemes_ThemesCode",
                table: "CoalitionThemes",
                column: "ThemesCode");

            migrationBuilder.CreateIndex(
                name: "IX_Countries_Iso3",
                table: "Countries",
                column: "Iso3",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Countries_Name",
                table: "Countries",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Countries_Region",
                table: "Countries",
                column: "Region");

            migrationBuilder.CreateIndex(
                name: "IX_DefenderCountries_DefenderId",
                table: "DefenderCountries",
                column: "DefenderId");

            migrationBuilder.CreateIndex(
                name: "IX_Defenders_Alias",
                table: "Defenders",
                column: "Alias");

            migrationBuilder.CreateIndex(
                name: "IX_Defenders_RiskLevel_PublicationConsent",
                table: "Defenders",
                columns: new[] { "RiskLevel", "PublicationConsent" });

            migrationBuilder.CreateIndex(
                name: "IX_Defenders_Slug",
                table: "Defenders",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Defenders_Status_Visibility",
                table: "Defenders",
                columns: new[] { "Status", "Visibility" });

            migrationBuilder.CreateIndex(
                name: "IX_Defenders_UpdatedAt",
                table: "Defenders",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_DefenderThemes_ThemesCode",
                table: "DefenderThemes",
                column: "ThemesCode");

            migrationBuilder.CreateIndex(
                name: "IX_Events_CountryCode",
                table: "Events",
                column: "CountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Kind",
                table: "Events",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Slug",
                table: "Events",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Events_StartsOn",
                table: "Events",
                column: "StartsOn");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Status_Visibility",
                table: "Events",
                columns: new[] { "Status", "Visibility" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_Title",
                table: "Events",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_Events_UpdatedAt",
                table: "Events",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_EventThemes_ThemesCode",
                table: "EventThemes",
                column: "ThemesCode");

            migrationBuilder.CreateIndex(
                name: "IX_GoalSupports_CoalitionId",
                table: "GoalSupports",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalSupports_GoalId",
                table: "GoalSupports",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalSupports_OrganisationId",
                table: "GoalSupports",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalSupports_UpdatedAt",
                table: "GoalSupports",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_GoalSupports_Visibility",
                table: "GoalSupports",
                column: "Visibility");

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionMemberships_CountryCode",
                table: "InstitutionMemberships",
                column: "CountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_LocalizedTexts_Locale",
                table: "LocalizedTexts",
                column: "Locale");

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_CoalitionId",
                table: "Memberships",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_DefenderId",
                table: "Memberships",
                column: "DefenderId");

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_OrganisationId",
                table: "Memberships",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_UpdatedAt",
                table: "Memberships",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_Visibility",
                table: "Memberships",
                column: "Visibility");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationCountries_OrganisationId",
                table: "OrganisationCountries",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_FoundedYear",
                table: "Organisations",
                column: "FoundedYear");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_HeadquartersCountryCode",
                table: "Organisations",
                column: "HeadquartersCountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Kind",
                table: "Organisations",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Name",
                table: "Organisations",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Slug",
                table: "Organisations",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Status_Visibility",
                table: "Organisations",
                columns: new[] { "Status", "Visibility" });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_UpdatedAt",
                table: "Organisations",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationThemes_ThemesCode",
                table: "OrganisationThemes",
                column: "ThemesCode");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt",
                table: "OutboxMessages",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Participations_DefenderId",
                table: "Participations",
                column: "DefenderId");

            migrationBuilder.CreateIndex(
                name: "IX_Participations_EventId",
                table: "Participations",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_Participations_OrganisationId",
                table: "Participations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Participations_UpdatedAt",
                table: "Participations",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Participations_Visibility",
                table: "Participations",
                column: "Visibility");

            migrationBuilder.CreateIndex(
                name: "IX_Partnerships_Kind",
                table: "Partnerships",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_Partnerships_OrganisationId",
                table: "Partnerships",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Partnerships_PartnerId",
                table: "Partnerships",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Partnerships_UpdatedAt",
                table: "Partnerships",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Partnerships_Visibility",
                table: "Partnerships",
                column: "Visibility");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalParties_DefenderId",
                table: "ProposalParties",
                column: "DefenderId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalParties_OrganisationId",
                table: "ProposalParties",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalParties_ProposalId",
                table: "ProposalParties",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_RecordId_Number",
                table: "Revisions",
                columns: new[] { "RecordId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Themes_ParentCode",
                table: "Themes",
                column: "ParentCode");

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_AttemptedAt",
                table: "WebhookDeliveries",
                column: "AttemptedAt");

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_OutboxMessageId",
                table: "WebhookDeliveries",
                column: "OutboxMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_SubscriptionId",
                table: "WebhookDeliveries",
                column: "SubscriptionId");

            migrationBuilder.CreateIndex(
                name: "IX_WebhookSubscriptions_OrganisationId",
                table: "WebhookSubscriptions",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_WebhookSubscriptions_UpdatedAt",
                table: "WebhookSubscriptions",
                column: "UpdatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdvocacyGoalCountries");

            migrationBuilder.DropTable(
                name: "AdvocacyGoalInstitutions");

            migrationBuilder.DropTable(
                name: "AdvocacyGoalThemes");

            migrationBuilder.DropTable(
                name: "Affiliations");

            migrationBuilder.DropTable(
                name: "AllianceProposalGoals");

            migrationBuilder.DropTable(
                name: "ApiKeys");

            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropTable(
                name: "CampaignCoalitions");

            migrationBuilder.DropTable(
                name: "CampaignDefenders");

            migrationBuilder.DropTable(
                name: "CampaignGoals");

            migrationBuilder.DropTable(
                name: "CampaignThemes");

            migrationBuilder.DropTable(
                name: "CivicSpace");

            migrationBuilder.DropTable(
                name: "CoalitionThemes");

            migrationBuilder.DropTable(
                name: "DefenderCountries");

            migrationBuilder.DropTable(
                name: "DefenderThemes");

            migrationBuilder.DropTable(
                name: "EventThemes");

            migrationBuilder.DropTable(
                name: "GoalSupports");

            migrationBuilder.DropTable(
                name: "InstitutionMemberships");

            migrationBuilder.DropTable(
                name: "LocalizedTexts");

            migrationBuilder.DropTable(
                name: "Memberships");

            migrationBuilder.DropTable(
                name: "OrganisationCountries");

            migrationBuilder.DropTable(
                name: "OrganisationThemes");

            migrationBuilder.DropTable(
                name: "Participations");

            migrationBuilder.DropTable(
                name: "Partnerships");

            migrationBuilder.DropTable(
                name: "ProposalParties");

            migrationBuilder.DropTable(
                name: "Revisions");

            migrationBuilder.DropTable(
                name: "WebhookDeliveries");

            migrationBuilder.DropTable(
                name: "Campaigns");

            migrationBuilder.DropTable(
                name: "AdvocacyGoals");

            migrationBuilder.DropTable(
                name: "Institutions");

            migrationBuilder.DropTable(
                name: "Themes");

            migrationBuilder.DropTable(
                name: "Events");

            migrationBuilder.DropTable(
                name: "AllianceProposals");

            migrationBuilder.DropTable(
                name: "Defenders");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "WebhookSubscriptions");

            migrationBuilder.DropTable(
                name: "Coalitions");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropTable(
                name: "Countries");
        }
    }
}
