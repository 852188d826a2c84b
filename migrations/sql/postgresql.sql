CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL,
    CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId")
);

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "AdvocacyGoals" (
        "Id" uuid NOT NULL,
        "Slug" character varying(120) NOT NULL,
        "Title" character varying(300) NOT NULL,
        "Summary" character varying(8000) NOT NULL,
        "GoalStatus" character varying(40) NOT NULL,
        "HorizonYear" integer,
        "CreatedAt" timestamp with time zone NOT NULL,
        "UpdatedAt" timestamp with time zone NOT NULL,
        "CreatedBy" character varying(200),
        "UpdatedBy" character varying(200),
        "Version" integer NOT NULL,
        "Status" character varying(40) NOT NULL,
        "Visibility" character varying(40) NOT NULL,
        "DefaultLocale" character varying(35) NOT NULL,
        CONSTRAINT "PK_AdvocacyGoals" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "AuditEvents" (
        "Id" uuid NOT NULL,
        "OccurredAt" timestamp with time zone NOT NULL,
        "Actor" character varying(200) NOT NULL,
        "Action" character varying(80) NOT NULL,
        "RecordType" character varying(40),
        "RecordId" uuid,
        "Details" text,
        CONSTRAINT "PK_AuditEvents" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "Campaigns" (
        "Id" uuid NOT NULL,
        "Slug" character varying(120) NOT NULL,
        "Title" character varying(300) NOT NULL,
        "Summary" character varying(2000) NOT NULL,
        "Body" character varying(100000) NOT NULL,
        "PublishAt" timestamp with time zone,
        "UnpublishAt" timestamp with time zone,
        "CreatedAt" timestamp with time zone NOT NULL,
        "UpdatedAt" timestamp with time zone NOT NULL,
        "CreatedBy" character varying(200),
        "UpdatedBy" character varying(200),
        "Version" integer NOT NULL,
        "Status" character varying(40) NOT NULL,
        "Visibility" character varying(40) NOT NULL,
        "DefaultLocale" character varying(35) NOT NULL,
        CONSTRAINT "PK_Campaigns" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "Coalitions" (
        "Id" uuid NOT NULL,
        "Slug" character varying(120) NOT NULL,
        "Name" character varying(300) NOT NULL,
        "Acronym" character varying(40),
        "Purpose" character varying(8000) NOT NULL,
        "FoundedOn" date,
        "DissolvedOn" date,
        "CreatedAt" timestamp with time zone NOT NULL,
        "UpdatedAt" timestamp with time zone NOT NULL,
        "CreatedBy" character varying(200),
        "UpdatedBy" character varying(200),
        "Version" integer NOT NULL,
        "Status" character varying(40) NOT NULL,
        "Visibility" character varying(40) NOT NULL,
        "DefaultLocale" character varying(35) NOT NULL,
        CONSTRAINT "PK_Coalitions" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "Countries" (
        "Code" character varying(2) NOT NULL,
        "Iso3" character varying(3) NOT NULL,
        "NumericCode" character varying(3) NOT NULL,
        "Name" character varying(100) NOT NULL,
        "Region" character varying(40) NOT NULL,
        "Subregion" character varying(60) NOT NULL,
        CONSTRAINT "PK_Countries" PRIMARY KEY ("Code")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "Defenders" (
        "Id" uuid NOT NULL,
        "Slug" character varying(120) NOT NULL,
        "Alias" character varying(120) NOT NULL,
        "LegalName" character varying(300),
        "Contact" character varying(500),
        "RiskLevel" character varying(40) NOT NULL,
        "PublicationConsent" boolean NOT NULL,
        "ConsentRecordedAt" timestamp with time zone,
        "ConsentRecordedBy" character varying(200),
        "Bio" character varying(8000) NOT NULL,
        "CreatedAt" timestamp with time zone NOT NULL,
        "UpdatedAt" timestamp with time zone NOT NULL,
        "CreatedBy" character varying(200),
        "UpdatedBy" character varying(200),
        "Version" integer NOT NULL,
        "Status" character varying(40) NOT NULL,
        "Visibility" character varying(40) NOT NULL,
        "DefaultLocale" character varying(35) NOT NULL,
        CONSTRAINT "PK_Defenders" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "Institutions" (
        "Code" character varying(10) NOT NULL,
        "Name" character varying(200) NOT NULL,
        "Kind" character varying(40) NOT NULL,
        CONSTRAINT "PK_Institutions" PRIMARY KEY ("Code")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "LocalizedTexts" (
        "OwnerId" uuid NOT NULL,
        "Field" character varying(40) NOT NULL,
        "Locale" character varying(35) NOT NULL,
        "Text" text NOT NULL,
        CONSTRAINT "PK_LocalizedTexts" PRIMARY KEY ("OwnerId", "Field", "Locale")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "OutboxMessages" (
        "Id" uuid NOT NULL,
        "Topic" character varying(80) NOT NULL,
        "Payload" text NOT NULL,
        "OccurredAt" timestamp with time zone NOT NULL,
        "ProcessedAt" timestamp with time zone,
        CONSTRAINT "PK_OutboxMessages" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "Revisions" (
        "Id" uuid NOT NULL,
        "RecordType" character varying(40) NOT NULL,
        "RecordId" uuid NOT NULL,
        "Number" integer NOT NULL,
        "Snapshot" text NOT NULL,
        "Author" character varying(200),
        "CreatedAt" timestamp with time zone NOT NULL,
        CONSTRAINT "PK_Revisions" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "Themes" (
        "Code" character varying(60) NOT NULL,
        "Name" character varying(120) NOT NULL,
        "Description" character varying(1000) NOT NULL,
        "ParentCode" character varying(60),
        CONSTRAINT "PK_Themes" PRIMARY KEY ("Code"),
        CONSTRAINT "FK_Themes_Themes_ParentCode" FOREIGN KEY ("ParentCode") REFERENCES "Themes" ("Code") ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "CampaignGoals" (
        "CampaignId" uuid NOT NULL,
        "GoalsId" uuid NOT NULL,
        CONSTRAINT "PK_CampaignGoals" PRIMARY KEY ("CampaignId", "GoalsId"),
        CONSTRAINT "FK_CampaignGoals_AdvocacyGoals_GoalsId" FOREIGN KEY ("GoalsId") REFERENCES "AdvocacyGoals" ("Id") ON DELETE CASCADE,
        CONSTRAINT "FK_CampaignGoals_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "CampaignCoalitions" (
        "CampaignId" uuid NOT NULL,
        "CoalitionsId" uuid NOT NULL,
        CONSTRAINT "PK_CampaignCoalitions" PRIMARY KEY ("CampaignId", "CoalitionsId"),
        CONSTRAINT "FK_CampaignCoalitions_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE,
        CONSTRAINT "FK_CampaignCoalitions_Coalitions_CoalitionsId" FOREIGN KEY ("CoalitionsId") REFERENCES "Coalitions" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "AdvocacyGoalCountries" (
        "AdvocacyGoalId" uuid NOT NULL,
        "CountriesCode" character varying(2) NOT NULL,
        CONSTRAINT "PK_AdvocacyGoalCountries" PRIMARY KEY ("AdvocacyGoalId", "CountriesCode"),
        CONSTRAINT "FK_AdvocacyGoalCountries_AdvocacyGoals_AdvocacyGoalId" FOREIGN KEY ("AdvocacyGoalId") REFERENCES "AdvocacyGoals" ("Id") ON DELETE CASCADE,
        CONSTRAINT "FK_AdvocacyGoalCountries_Countries_CountriesCode" FOREIGN KEY ("CountriesCode") REFERENCES "Countries" ("Code") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "CivicSpace" (
        "CountryCode" character varying(2) NOT NULL,
        "Year" integer NOT NULL,
        "Regime" character varying(40) NOT NULL,
        "ElectoralDemocracy" double precision,
        "CivilSociety" double precision,
        "FreedomOfAssociation" double precision,
        CONSTRAINT "PK_CivicSpace" PRIMARY KEY ("CountryCode", "Year"),
        CONSTRAINT "FK_CivicSpace_Countries_CountryCode" FOREIGN KEY ("CountryCode") REFERENCES "Countries" ("Code") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "Events" (
        "Id" uuid NOT NULL,
        "Slug" character varying(120) NOT NULL,
        "Title" character varying(300) NOT NULL,
        "Kind" character varying(40) NOT NULL,
        "StartsOn" date NOT NULL,
        "EndsOn" date NOT NULL,
        "CountryCode" character varying(2),
        "City" character varying(120),
        "Description" character varying(8000) NOT NULL,
        "CreatedAt" timestamp with time zone NOT NULL,
        "UpdatedAt" timestamp with time zone NOT NULL,
        "CreatedBy" character varying(200),
        "UpdatedBy" character varying(200),
        "Version" integer NOT NULL,
        "Status" character varying(40) NOT NULL,
        "Visibility" character varying(40) NOT NULL,
        "DefaultLocale" character varying(35) NOT NULL,
        CONSTRAINT "PK_Events" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_Events_Countries_CountryCode" FOREIGN KEY ("CountryCode") REFERENCES "Countries" ("Code") ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "Organisations" (
        "Id" uuid NOT NULL,
        "Slug" character varying(120) NOT NULL,
        "Name" character varying(300) NOT NULL,
        "Acronym" character varying(40),
        "Kind" character varying(40) NOT NULL,
        "HeadquartersCountryCode" character varying(2) NOT NULL,
        "Website" character varying(500),
        "FoundedYear" integer,
        "Description" character varying(8000) NOT NULL,
        "CreatedAt" timestamp with time zone NOT NULL,
        "UpdatedAt" timestamp with time zone NOT NULL,
        "CreatedBy" character varying(200),
        "UpdatedBy" character varying(200),
        "Version" integer NOT NULL,
        "Status" character varying(40) NOT NULL,
        "Visibility" character varying(40) NOT NULL,
        "DefaultLocale" character varying(35) NOT NULL,
        CONSTRAINT "PK_Organisations" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_Organisations_Countries_HeadquartersCountryCode" FOREIGN KEY ("HeadquartersCountryCode") REFERENCES "Countries" ("Code") ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "CampaignDefenders" (
        "CampaignId" uuid NOT NULL,
        "DefendersId" uuid NOT NULL,
        CONSTRAINT "PK_CampaignDefenders" PRIMARY KEY ("CampaignId", "DefendersId"),
        CONSTRAINT "FK_CampaignDefenders_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE,
        CONSTRAINT "FK_CampaignDefenders_Defenders_DefendersId" FOREIGN KEY ("DefendersId") REFERENCES "Defenders" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "DefenderCountries" (
        "CountriesCode" character varying(2) NOT NULL,
        "DefenderId" uuid NOT NULL,
        CONSTRAINT "PK_DefenderCountries" PRIMARY KEY ("CountriesCode", "DefenderId"),
        CONSTRAINT "FK_DefenderCountries_Countries_CountriesCode" FOREIGN KEY ("CountriesCode") REFERENCES "Countries" ("Code") ON DELETE CASCADE,
        CONSTRAINT "FK_DefenderCountries_Defenders_DefenderId" FOREIGN KEY ("DefenderId") REFERENCES "Defenders" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "AdvocacyGoalInstitutions" (
        "AdvocacyGoalId" uuid NOT NULL,
        "TargetInstitutionsCode" character varying(10) NOT NULL,
        CONSTRAINT "PK_AdvocacyGoalInstitutions" PRIMARY KEY ("AdvocacyGoalId", "TargetInstitutionsCode"),
        CONSTRAINT "FK_AdvocacyGoalInstitutions_AdvocacyGoals_AdvocacyGoalId" FOREIGN KEY ("AdvocacyGoalId") REFERENCES "AdvocacyGoals" ("Id") ON DELETE CASCADE,
        CONSTRAINT "FK_AdvocacyGoalInstitutions_Institutions_TargetInstitutionsCode" FOREIGN KEY ("TargetInstitutionsCode") REFERENCES "Institutions" ("Code") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "InstitutionMemberships" (
        "InstitutionCode" character varying(10) NOT NULL,
        "CountryCode" character varying(2) NOT NULL,
        "Status" character varying(40) NOT NULL,
        CONSTRAINT "PK_InstitutionMemberships" PRIMARY KEY ("InstitutionCode", "CountryCode"),
        CONSTRAINT "FK_InstitutionMemberships_Countries_CountryCode" FOREIGN KEY ("CountryCode") REFERENCES "Countries" ("Code") ON DELETE CASCADE,
        CONSTRAINT "FK_InstitutionMemberships_Institutions_InstitutionCode" FOREIGN KEY ("InstitutionCode") REFERENCES "Institutions" ("Code") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "AdvocacyGoalThemes" (
        "AdvocacyGoalId" uuid NOT NULL,
        "ThemesCode" character varying(60) NOT NULL,
        CONSTRAINT "PK_AdvocacyGoalThemes" PRIMARY KEY ("AdvocacyGoalId", "ThemesCode"),
        CONSTRAINT "FK_AdvocacyGoalThemes_AdvocacyGoals_AdvocacyGoalId" FOREIGN KEY ("AdvocacyGoalId") REFERENCES "AdvocacyGoals" ("Id") ON DELETE CASCADE,
        CONSTRAINT "FK_AdvocacyGoalThemes_Themes_ThemesCode" FOREIGN KEY ("ThemesCode") REFERENCES "Themes" ("Code") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "CampaignThemes" (
        "CampaignId" uuid NOT NULL,
        "ThemesCode" character varying(60) NOT NULL,
        CONSTRAINT "PK_CampaignThemes" PRIMARY KEY ("CampaignId", "ThemesCode"),
        CONSTRAINT "FK_CampaignThemes_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE,
        CONSTRAINT "FK_CampaignThemes_Themes_ThemesCode" FOREIGN KEY ("ThemesCode") REFERENCES "Themes" ("Code") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "CoalitionThemes" (
        "CoalitionId" uuid NOT NULL,
        "ThemesCode" character varying(60) NOT NULL,
        CONSTRAINT "PK_CoalitionThemes" PRIMARY KEY ("CoalitionId", "ThemesCode"),
        CONSTRAINT "FK_CoalitionThemes_Coalitions_CoalitionId" FOREIGN KEY ("CoalitionId") REFERENCES "Coalitions" ("Id") ON DELETE CASCADE,
        CONSTRAINT "FK_CoalitionThemes_Themes_ThemesCode" FOREIGN KEY ("ThemesCode") REFERENCES "Themes" ("Code") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "DefenderThemes" (
        "DefenderId" uuid NOT NULL,
        "ThemesCode" character varying(60) NOT NULL,
        CONSTRAINT "PK_DefenderThemes" PRIMARY KEY ("DefenderId", "ThemesCode"),
        CONSTRAINT "FK_DefenderThemes_Defenders_DefenderId" FOREIGN KEY ("DefenderId") REFERENCES "Defenders" ("Id") ON DELETE CASCADE,
        CONSTRAINT "FK_DefenderThemes_Themes_ThemesCode" FOREIGN KEY ("ThemesCode") REFERENCES "Themes" ("Code") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "EventThemes" (
        "EventId" uuid NOT NULL,
        "ThemesCode" character varying(60) NOT NULL,
        CONSTRAINT "PK_EventThemes" PRIMARY KEY ("EventId", "ThemesCode"),
        CONSTRAINT "FK_EventThemes_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE CASCADE,
        CONSTRAINT "FK_EventThemes_Themes_ThemesCode" FOREIGN KEY ("ThemesCode") REFERENCES "Themes" ("Code") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "Affiliations" (
        "Id" uuid NOT NULL,
        "DefenderId" uuid NOT NULL,
        "OrganisationId" uuid NOT NULL,
        "Role" character varying(120),
        "CreatedAt" timestamp with time zone NOT NULL,
        "UpdatedAt" timestamp with time zone NOT NULL,
        "CreatedBy" character varying(200),
        "UpdatedBy" character varying(200),
        "Version" integer NOT NULL,
        "Since" date,
        "Until" date,
        "Visibility" character varying(40) NOT NULL,
        "SourceNote" character varying(2000),
        CONSTRAINT "PK_Affiliations" PRIMARY KEY ("Id"),
        CONSTRAINT "CK_Affiliation_Period" CHECK ("Until" IS NULL OR "Since" IS NULL OR "Until" >= "Since"),
        CONSTRAINT "FK_Affiliations_Defenders_DefenderId" FOREIGN KEY ("DefenderId") REFERENCES "Defenders" ("Id") ON DELETE CASCADE,
        CONSTRAINT "FK_Affiliations_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "AllianceProposals" (
        "Id" uuid NOT NULL,
        "ProposerOrganisationId" uuid NOT NULL,
        "Kind" character varying(40) NOT NULL,
        "Rationale" character varying(8000) NOT NULL,
        "Status" character varying(40) NOT NULL,
        "DecisionNote" character varying(8000),
        "DecidedAt" timestamp with time zone,
        "DecidedBy" character varying(200),
        "CoalitionId" uuid,
        "CreatedRecordId" uuid,
        "CreatedRecordType" character varying(40),
        "CreatedAt" timestamp with time zone NOT NULL,
        "UpdatedAt" timestamp with time zone NOT NULL,
        "CreatedBy" character varying(200),
        "UpdatedBy" character varying(200),
        "Version" integer NOT NULL,
        CONSTRAINT "PK_AllianceProposals" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_AllianceProposals_Coalitions_CoalitionId" FOREIGN KEY ("CoalitionId") REFERENCES "Coalitions" ("Id") ON DELETE RESTRICT,
        CONSTRAINT "FK_AllianceProposals_Organisations_ProposerOrganisationId" FOREIGN KEY ("ProposerOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "ApiKeys" (
        "Id" uuid NOT NULL,
        "Name" character varying(200) NOT NULL,
        "Prefix" character varying(24) NOT NULL,
        "SecretHash" bytea NOT NULL,
        "Role" character varying(40) NOT NULL,
        "OrganisationId" uuid,
        "ExpiresAt" timestamp with time zone,
        "RevokedAt" timestamp with time zone,
        "LastUsedAt" timestamp with time zone,
        "CreatedAt" timestamp with time zone NOT NULL,
        "UpdatedAt" timestamp with time zone NOT NULL,
        "CreatedBy" character varying(200),
        "UpdatedBy" character varying(200),
        "Version" integer NOT NULL,
        CONSTRAINT "PK_ApiKeys" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_ApiKeys_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE SET NULL
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "GoalSupports" (
        "Id" uuid NOT NULL,
        "GoalId" uuid NOT NULL,
        "OrganisationId" uuid,
        "CoalitionId" uuid,
        "Role" character varying(40) NOT NULL,
        "CreatedAt" timestamp with time zone NOT NULL,
        "UpdatedAt" timestamp with time zone NOT NULL,
        "CreatedBy" character varying(200),
        "UpdatedBy" character varying(200),
        "Version" integer NOT NULL,
        "Since" date,
        "Until" date,
        "Visibility" character varying(40) NOT NULL,
        "SourceNote" character varying(2000),
        CONSTRAINT "PK_GoalSupports" PRIMARY KEY ("Id"),
        CONSTRAINT "CK_GoalSupport_OrganisationId_CoalitionId" CHECK (("OrganisationId" IS NULL AND "CoalitionId" IS NOT NULL) OR ("OrganisationId" IS NOT NULL AND "CoalitionId" IS NULL)),
        CONSTRAINT "CK_GoalSupport_Period" CHECK ("Until" IS NULL OR "Since" IS NULL OR "Until" >= "Since"),
        CONSTRAINT "FK_GoalSupports_AdvocacyGoals_GoalId" FOREIGN KEY ("GoalId") REFERENCES "AdvocacyGoals" ("Id") ON DELETE CASCADE,
        CONSTRAINT "FK_GoalSupports_Coalitions_CoalitionId" FOREIGN KEY ("CoalitionId") REFERENCES "Coalitions" ("Id"),
        CONSTRAINT "FK_GoalSupports_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "Memberships" (
        "Id" uuid NOT NULL,
        "CoalitionId" uuid NOT NULL,
        "OrganisationId" uuid,
        "DefenderId" uuid,
        "Role" character varying(40) NOT NULL,
        "CreatedAt" timestamp with time zone NOT NULL,
        "UpdatedAt" timestamp with time zone NOT NULL,
        "CreatedBy" character varying(200),
        "UpdatedBy" character varying(200),
        "Version" integer NOT NULL,
        "Since" date,
        "Until" date,
        "Visibility" character varying(40) NOT NULL,
        "SourceNote" character varying(2000),
        CONSTRAINT "PK_Memberships" PRIMARY KEY ("Id"),
        CONSTRAINT "CK_Membership_OrganisationId_DefenderId" CHECK (("OrganisationId" IS NULL AND "DefenderId" IS NOT NULL) OR ("OrganisationId" IS NOT NULL AND "DefenderId" IS NULL)),
        CONSTRAINT "CK_Membership_Period" CHECK ("Until" IS NULL OR "Since" IS NULL OR "Until" >= "Since"),
        CONSTRAINT "FK_Memberships_Coalitions_CoalitionId" FOREIGN KEY ("CoalitionId") REFERENCES "Coalitions" ("Id") ON DELETE CASCADE,
        CONSTRAINT "FK_Memberships_Defenders_DefenderId" FOREIGN KEY ("DefenderId") REFERENCES "Defenders" ("Id"),
        CONSTRAINT "FK_Memberships_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "OrganisationCountries" (
        "OperatingCountriesCode" character varying(2) NOT NULL,
        "OrganisationId" uuid NOT NULL,
        CONSTRAINT "PK_OrganisationCountries" PRIMARY KEY ("OperatingCountriesCode", "OrganisationId"),
        CONSTRAINT "FK_OrganisationCountries_Countries_OperatingCountriesCode" FOREIGN KEY ("OperatingCountriesCode") REFERENCES "Countries" ("Code") ON DELETE CASCADE,
        CONSTRAINT "FK_OrganisationCountries_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "OrganisationThemes" (
        "OrganisationId" uuid NOT NULL,
        "ThemesCode" character varying(60) NOT NULL,
        CONSTRAINT "PK_OrganisationThemes" PRIMARY KEY ("OrganisationId", "ThemesCode"),
        CONSTRAINT "FK_OrganisationThemes_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
        CONSTRAINT "FK_OrganisationThemes_Themes_ThemesCode" FOREIGN KEY ("ThemesCode") REFERENCES "Themes" ("Code") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "Participations" (
        "Id" uuid NOT NULL,
        "EventId" uuid NOT NULL,
        "OrganisationId" uuid,
        "DefenderId" uuid,
        "Role" character varying(40) NOT NULL,
        "CreatedAt" timestamp with time zone NOT NULL,
        "UpdatedAt" timestamp with time zone NOT NULL,
        "CreatedBy" character varying(200),
        "UpdatedBy" character varying(200),
        "Version" integer NOT NULL,
        "Since" date,
        "Until" date,
        "Visibility" character varying(40) NOT NULL,
        "SourceNote" character varying(2000),
        CONSTRAINT "PK_Participations" PRIMARY KEY ("Id"),
        CONSTRAINT "CK_Participation_OrganisationId_DefenderId" CHECK (("OrganisationId" IS NULL AND "DefenderId" IS NOT NULL) OR ("OrganisationId" IS NOT NULL AND "DefenderId" IS NULL)),
        CONSTRAINT "CK_Participation_Period" CHECK ("Until" IS NULL OR "Since" IS NULL OR "Until" >= "Since"),
        CONSTRAINT "FK_Participations_Defenders_DefenderId" FOREIGN KEY ("DefenderId") REFERENCES "Defenders" ("Id"),
        CONSTRAINT "FK_Participations_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE CASCADE,
        CONSTRAINT "FK_Participations_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "Partnerships" (
        "Id" uuid NOT NULL,
        "OrganisationId" uuid NOT NULL,
        "PartnerId" uuid NOT NULL,
        "Kind" character varying(40) NOT NULL,
        "CreatedAt" timestamp with time zone NOT NULL,
        "UpdatedAt" timestamp with time zone NOT NULL,
        "CreatedBy" character varying(200),
        "UpdatedBy" character varying(200),
        "Version" integer NOT NULL,
        "Since" date,
        "Until" date,
        "Visibility" character varying(40) NOT NULL,
        "SourceNote" character varying(2000),
        CONSTRAINT "PK_Partnerships" PRIMARY KEY ("Id"),
        CONSTRAINT "CK_Partnership_NotSelf" CHECK ("OrganisationId" <> "PartnerId"),
        CONSTRAINT "CK_Partnership_Period" CHECK ("Until" IS NULL OR "Since" IS NULL OR "Until" >= "Since"),
        CONSTRAINT "FK_Partnerships_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
        CONSTRAINT "FK_Partnerships_Organisations_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "WebhookSubscriptions" (
        "Id" uuid NOT NULL,
        "OrganisationId" uuid,
        "Url" character varying(2000) NOT NULL,
        "Secret" character varying(200) NOT NULL,
        "Topics" character varying(1000) NOT NULL,
        "Active" boolean NOT NULL,
        "CreatedAt" timestamp with time zone NOT NULL,
        "UpdatedAt" timestamp with time zone NOT NULL,
        "CreatedBy" character varying(200),
        "UpdatedBy" character varying(200),
        "Version" integer NOT NULL,
        CONSTRAINT "PK_WebhookSubscriptions" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_WebhookSubscriptions_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "AllianceProposalGoals" (
        "AllianceProposalId" uuid NOT NULL,
        "SharedGoalsId" uuid NOT NULL,
        CONSTRAINT "PK_AllianceProposalGoals" PRIMARY KEY ("AllianceProposalId", "SharedGoalsId"),
        CONSTRAINT "FK_AllianceProposalGoals_AdvocacyGoals_SharedGoalsId" FOREIGN KEY ("SharedGoalsId") REFERENCES "AdvocacyGoals" ("Id") ON DELETE CASCADE,
        CONSTRAINT "FK_AllianceProposalGoals_AllianceProposals_AllianceProposalId" FOREIGN KEY ("AllianceProposalId") REFERENCES "AllianceProposals" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "ProposalParties" (
        "Id" uuid NOT NULL,
        "ProposalId" uuid NOT NULL,
        "OrganisationId" uuid,
        "DefenderId" uuid,
        CONSTRAINT "PK_ProposalParties" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_ProposalParties_AllianceProposals_ProposalId" FOREIGN KEY ("ProposalId") REFERENCES "AllianceProposals" ("Id") ON DELETE CASCADE,
        CONSTRAINT "FK_ProposalParties_Defenders_DefenderId" FOREIGN KEY ("DefenderId") REFERENCES "Defenders" ("Id") ON DELETE RESTRICT,
        CONSTRAINT "FK_ProposalParties_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE TABLE "WebhookDeliveries" (
        "Id" uuid NOT NULL,
        "SubscriptionId" uuid NOT NULL,
        "OutboxMessageId" uuid NOT NULL,
        "Attempt" integer NOT NULL,
        "StatusCode" integer,
        "Error" character varying(2000),
        "Succeeded" boolean NOT NULL,
        "AttemptedAt" timestamp with time zone NOT NULL,
        CONSTRAINT "PK_WebhookDeliveries" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_WebhookDeliveries_OutboxMessages_OutboxMessageId" FOREIGN KEY ("OutboxMessageId") REFERENCES "OutboxMessages" ("Id") ON DELETE CASCADE,
        CONSTRAINT "FK_WebhookDeliveries_WebhookSubscriptions_SubscriptionId" FOREIGN KEY ("SubscriptionId") REFERENCES "WebhookSubscriptions" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_AdvocacyGoalCountries_CountriesCode" ON "AdvocacyGoalCountries" ("CountriesCode");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_AdvocacyGoalInstitutions_TargetInstitutionsCode" ON "AdvocacyGoalInstitutions" ("TargetInstitutionsCode");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_AdvocacyGoals_GoalStatus" ON "AdvocacyGoals" ("GoalStatus");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_AdvocacyGoals_HorizonYear" ON "AdvocacyGoals" ("HorizonYear");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE UNIQUE INDEX "IX_AdvocacyGoals_Slug" ON "AdvocacyGoals" ("Slug");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_AdvocacyGoals_Status_Visibility" ON "AdvocacyGoals" ("Status", "Visibility");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_AdvocacyGoals_Title" ON "AdvocacyGoals" ("Title");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_AdvocacyGoals_UpdatedAt" ON "AdvocacyGoals" ("UpdatedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_AdvocacyGoalThemes_ThemesCode" ON "AdvocacyGoalThemes" ("ThemesCode");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Affiliations_DefenderId" ON "Affiliations" ("DefenderId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Affiliations_OrganisationId" ON "Affiliations" ("OrganisationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Affiliations_UpdatedAt" ON "Affiliations" ("UpdatedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Affiliations_Visibility" ON "Affiliations" ("Visibility");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_AllianceProposalGoals_SharedGoalsId" ON "AllianceProposalGoals" ("SharedGoalsId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_AllianceProposals_CoalitionId" ON "AllianceProposals" ("CoalitionId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_AllianceProposals_ProposerOrganisationId" ON "AllianceProposals" ("ProposerOrganisationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_AllianceProposals_Status" ON "AllianceProposals" ("Status");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_AllianceProposals_UpdatedAt" ON "AllianceProposals" ("UpdatedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_ApiKeys_OrganisationId" ON "ApiKeys" ("OrganisationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE UNIQUE INDEX "IX_ApiKeys_Prefix" ON "ApiKeys" ("Prefix");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_ApiKeys_UpdatedAt" ON "ApiKeys" ("UpdatedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_AuditEvents_Action" ON "AuditEvents" ("Action");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_AuditEvents_Actor" ON "AuditEvents" ("Actor");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_AuditEvents_OccurredAt" ON "AuditEvents" ("OccurredAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_AuditEvents_RecordId" ON "AuditEvents" ("RecordId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_CampaignCoalitions_CoalitionsId" ON "CampaignCoalitions" ("CoalitionsId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_CampaignDefenders_DefendersId" ON "CampaignDefenders" ("DefendersId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_CampaignGoals_GoalsId" ON "CampaignGoals" ("GoalsId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Campaigns_PublishAt" ON "Campaigns" ("PublishAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE UNIQUE INDEX "IX_Campaigns_Slug" ON "Campaigns" ("Slug");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Campaigns_Status_Visibility" ON "Campaigns" ("Status", "Visibility");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Campaigns_Title" ON "Campaigns" ("Title");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Campaigns_UnpublishAt" ON "Campaigns" ("UnpublishAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Campaigns_UpdatedAt" ON "Campaigns" ("UpdatedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_CampaignThemes_ThemesCode" ON "CampaignThemes" ("ThemesCode");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Coalitions_FoundedOn" ON "Coalitions" ("FoundedOn");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Coalitions_Name" ON "Coalitions" ("Name");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE UNIQUE INDEX "IX_Coalitions_Slug" ON "Coalitions" ("Slug");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Coalitions_Status_Visibility" ON "Coalitions" ("Status", "Visibility");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Coalitions_UpdatedAt" ON "Coalitions" ("UpdatedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_CoalitionThemes_ThemesCode" ON "CoalitionThemes" ("ThemesCode");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE UNIQUE INDEX "IX_Countries_Iso3" ON "Countries" ("Iso3");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Countries_Name" ON "Countries" ("Name");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Countries_Region" ON "Countries" ("Region");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_DefenderCountries_DefenderId" ON "DefenderCountries" ("DefenderId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Defenders_Alias" ON "Defenders" ("Alias");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Defenders_RiskLevel_PublicationConsent" ON "Defenders" ("RiskLevel", "PublicationConsent");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE UNIQUE INDEX "IX_Defenders_Slug" ON "Defenders" ("Slug");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Defenders_Status_Visibility" ON "Defenders" ("Status", "Visibility");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Defenders_UpdatedAt" ON "Defenders" ("UpdatedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_DefenderThemes_ThemesCode" ON "DefenderThemes" ("ThemesCode");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Events_CountryCode" ON "Events" ("CountryCode");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Events_Kind" ON "Events" ("Kind");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE UNIQUE INDEX "IX_Events_Slug" ON "Events" ("Slug");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Events_StartsOn" ON "Events" ("StartsOn");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Events_Status_Visibility" ON "Events" ("Status", "Visibility");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Events_Title" ON "Events" ("Title");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Events_UpdatedAt" ON "Events" ("UpdatedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_EventThemes_ThemesCode" ON "EventThemes" ("ThemesCode");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_GoalSupports_CoalitionId" ON "GoalSupports" ("CoalitionId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_GoalSupports_GoalId" ON "GoalSupports" ("GoalId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_GoalSupports_OrganisationId" ON "GoalSupports" ("OrganisationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_GoalSupports_UpdatedAt" ON "GoalSupports" ("UpdatedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_GoalSupports_Visibility" ON "GoalSupports" ("Visibility");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_InstitutionMemberships_CountryCode" ON "InstitutionMemberships" ("CountryCode");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_LocalizedTexts_Locale" ON "LocalizedTexts" ("Locale");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Memberships_CoalitionId" ON "Memberships" ("CoalitionId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Memberships_DefenderId" ON "Memberships" ("DefenderId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Memberships_OrganisationId" ON "Memberships" ("OrganisationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Memberships_UpdatedAt" ON "Memberships" ("UpdatedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Memberships_Visibility" ON "Memberships" ("Visibility");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_OrganisationCountries_OrganisationId" ON "OrganisationCountries" ("OrganisationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Organisations_FoundedYear" ON "Organisations" ("FoundedYear");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Organisations_HeadquartersCountryCode" ON "Organisations" ("HeadquartersCountryCode");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Organisations_Kind" ON "Organisations" ("Kind");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Organisations_Name" ON "Organisations" ("Name");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE UNIQUE INDEX "IX_Organisations_Slug" ON "Organisations" ("Slug");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Organisations_Status_Visibility" ON "Organisations" ("Status", "Visibility");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Organisations_UpdatedAt" ON "Organisations" ("UpdatedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_OrganisationThemes_ThemesCode" ON "OrganisationThemes" ("ThemesCode");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_OutboxMessages_ProcessedAt" ON "OutboxMessages" ("ProcessedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Participations_DefenderId" ON "Participations" ("DefenderId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Participations_EventId" ON "Participations" ("EventId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Participations_OrganisationId" ON "Participations" ("OrganisationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Participations_UpdatedAt" ON "Participations" ("UpdatedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Participations_Visibility" ON "Participations" ("Visibility");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Partnerships_Kind" ON "Partnerships" ("Kind");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Partnerships_OrganisationId" ON "Partnerships" ("OrganisationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Partnerships_PartnerId" ON "Partnerships" ("PartnerId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Partnerships_UpdatedAt" ON "Partnerships" ("UpdatedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Partnerships_Visibility" ON "Partnerships" ("Visibility");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_ProposalParties_DefenderId" ON "ProposalParties" ("DefenderId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_ProposalParties_OrganisationId" ON "ProposalParties" ("OrganisationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_ProposalParties_ProposalId" ON "ProposalParties" ("ProposalId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE UNIQUE INDEX "IX_Revisions_RecordId_Number" ON "Revisions" ("RecordId", "Number");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_Themes_ParentCode" ON "Themes" ("ParentCode");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_WebhookDeliveries_AttemptedAt" ON "WebhookDeliveries" ("AttemptedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_WebhookDeliveries_OutboxMessageId" ON "WebhookDeliveries" ("OutboxMessageId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_WebhookDeliveries_SubscriptionId" ON "WebhookDeliveries" ("SubscriptionId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_WebhookSubscriptions_OrganisationId" ON "WebhookSubscriptions" ("OrganisationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    CREATE INDEX "IX_WebhookSubscriptions_UpdatedAt" ON "WebhookSubscriptions" ("UpdatedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129115555_Initial') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261129115555_Initial', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129121529_Search') THEN
    CREATE TABLE "SearchEntries" (
        "RecordId" uuid NOT NULL,
        "Field" character varying(40) NOT NULL,
        "Locale" character varying(35) NOT NULL,
        "RecordType" character varying(40) NOT NULL,
        "Text" character varying(100000) NOT NULL,
        CONSTRAINT "PK_SearchEntries" PRIMARY KEY ("RecordId", "Field", "Locale")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129121529_Search') THEN
    CREATE INDEX "IX_SearchEntries_RecordType" ON "SearchEntries" ("RecordType");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129121529_Search') THEN
    CREATE INDEX "IX_SearchEntries_Text_Fts" ON "SearchEntries" USING GIN (to_tsvector('simple', "Text"));
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129121529_Search') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261129121529_Search', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129124937_Publishing') THEN
    ALTER TABLE "Organisations" ADD "PublishedRevision" integer;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129124937_Publishing') THEN
    ALTER TABLE "Events" ADD "PublishedRevision" integer;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129124937_Publishing') THEN
    ALTER TABLE "Defenders" ADD "PublishedRevision" integer;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129124937_Publishing') THEN
    ALTER TABLE "Coalitions" ADD "PublishedRevision" integer;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129124937_Publishing') THEN
    ALTER TABLE "Campaigns" ADD "PublishedRevision" integer;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129124937_Publishing') THEN
    ALTER TABLE "AdvocacyGoals" ADD "PublishedRevision" integer;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129124937_Publishing') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261129124937_Publishing', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129130409_Scheduling') THEN
    ALTER TABLE "Organisations" ADD "PublishAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129130409_Scheduling') THEN
    ALTER TABLE "Organisations" ADD "UnpublishAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129130409_Scheduling') THEN
    ALTER TABLE "Events" ADD "PublishAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129130409_Scheduling') THEN
    ALTER TABLE "Events" ADD "UnpublishAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129130409_Scheduling') THEN
    ALTER TABLE "Defenders" ADD "PublishAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129130409_Scheduling') THEN
    ALTER TABLE "Defenders" ADD "UnpublishAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129130409_Scheduling') THEN
    ALTER TABLE "Coalitions" ADD "PublishAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129130409_Scheduling') THEN
    ALTER TABLE "Coalitions" ADD "UnpublishAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129130409_Scheduling') THEN
    ALTER TABLE "AdvocacyGoals" ADD "PublishAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129130409_Scheduling') THEN
    ALTER TABLE "AdvocacyGoals" ADD "UnpublishAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129130409_Scheduling') THEN
    CREATE INDEX "IX_Organisations_PublishAt" ON "Organisations" ("PublishAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129130409_Scheduling') THEN
    CREATE INDEX "IX_Organisations_UnpublishAt" ON "Organisations" ("UnpublishAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129130409_Scheduling') THEN
    CREATE INDEX "IX_Events_PublishAt" ON "Events" ("PublishAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129130409_Scheduling') THEN
    CREATE INDEX "IX_Events_UnpublishAt" ON "Events" ("UnpublishAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129130409_Scheduling') THEN
    CREATE INDEX "IX_Defenders_PublishAt" ON "Defenders" ("PublishAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129130409_Scheduling') THEN
    CREATE INDEX "IX_Defenders_UnpublishAt" ON "Defenders" ("UnpublishAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129130409_Scheduling') THEN
    CREATE INDEX "IX_Coalitions_PublishAt" ON "Coalitions" ("PublishAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129130409_Scheduling') THEN
    CREATE INDEX "IX_Coalitions_UnpublishAt" ON "Coalitions" ("UnpublishAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129130409_Scheduling') THEN
    CREATE INDEX "IX_AdvocacyGoals_PublishAt" ON "AdvocacyGoals" ("PublishAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129130409_Scheduling') THEN
    CREATE INDEX "IX_AdvocacyGoals_UnpublishAt" ON "AdvocacyGoals" ("UnpublishAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261129130409_Scheduling') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261129130409_Scheduling', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202065836_ChangeLog') THEN
    CREATE TABLE "ChangeLog" (
        "Sequence" bigint GENERATED BY DEFAULT AS IDENTITY,
        "RecordType" character varying(40) NOT NULL,
        "RecordId" uuid,
        "Kind" character varying(40) NOT NULL,
        "OccurredAt" timestamp with time zone NOT NULL,
        CONSTRAINT "PK_ChangeLog" PRIMARY KEY ("Sequence")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202065836_ChangeLog') THEN
    CREATE INDEX "IX_ChangeLog_RecordId" ON "ChangeLog" ("RecordId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202065836_ChangeLog') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261202065836_ChangeLog', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202152959_ProposalWorkflow') THEN
    ALTER TABLE "AllianceProposals" DROP COLUMN "CreatedRecordType";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202152959_ProposalWorkflow') THEN
    ALTER TABLE "AllianceProposals" RENAME COLUMN "CreatedRecordId" TO "DeclinedByOrganisationId";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202152959_ProposalWorkflow') THEN
    ALTER TABLE "ProposalParties" ADD "RespondedAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202152959_ProposalWorkflow') THEN
    ALTER TABLE "ProposalParties" ADD "RespondedBy" character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202152959_ProposalWorkflow') THEN
    ALTER TABLE "ProposalParties" ADD "RespondedOnBehalf" boolean NOT NULL DEFAULT FALSE;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202152959_ProposalWorkflow') THEN
    ALTER TABLE "ProposalParties" ADD "Response" character varying(40) NOT NULL DEFAULT '';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202152959_ProposalWorkflow') THEN
    ALTER TABLE "ProposalParties" ADD "ResponseNote" character varying(2000);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202152959_ProposalWorkflow') THEN
    ALTER TABLE "ChangeLog" ADD "FromId" uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202152959_ProposalWorkflow') THEN
    ALTER TABLE "ChangeLog" ADD "SeenBefore" character varying(40);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202152959_ProposalWorkflow') THEN
    ALTER TABLE "ChangeLog" ADD "ToId" uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202152959_ProposalWorkflow') THEN
    ALTER TABLE "AllianceProposals" ADD "CoalitionName" character varying(300);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202152959_ProposalWorkflow') THEN
    CREATE TABLE "ProposalCreatedRecord" (
        "Id" uuid NOT NULL,
        "ProposalId" uuid NOT NULL,
        "RecordType" character varying(40) NOT NULL,
        "RecordId" uuid NOT NULL,
        CONSTRAINT "PK_ProposalCreatedRecord" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_ProposalCreatedRecord_AllianceProposals_ProposalId" FOREIGN KEY ("ProposalId") REFERENCES "AllianceProposals" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202152959_ProposalWorkflow') THEN
    CREATE INDEX "IX_AllianceProposals_DeclinedByOrganisationId" ON "AllianceProposals" ("DeclinedByOrganisationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202152959_ProposalWorkflow') THEN
    CREATE INDEX "IX_ProposalCreatedRecord_ProposalId" ON "ProposalCreatedRecord" ("ProposalId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202152959_ProposalWorkflow') THEN
    ALTER TABLE "AllianceProposals" ADD CONSTRAINT "FK_AllianceProposals_Organisations_DeclinedByOrganisationId" FOREIGN KEY ("DeclinedByOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202152959_ProposalWorkflow') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261202152959_ProposalWorkflow', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202163545_Webhooks') THEN
    DROP TABLE "WebhookDeliveries";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202163545_Webhooks') THEN
    DROP TABLE "OutboxMessages";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202163545_Webhooks') THEN
    DROP TABLE "WebhookSubscriptions";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202163545_Webhooks') THEN
    CREATE TABLE "WebhookDispatchCursor" (
        "Id" integer NOT NULL,
        "Sequence" bigint NOT NULL,
        CONSTRAINT "PK_WebhookDispatchCursor" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202163545_Webhooks') THEN
    CREATE TABLE "Webhooks" (
        "Id" uuid NOT NULL,
        "OrganisationId" uuid,
        "Url" character varying(2000) NOT NULL,
        "Description" character varying(500),
        "Events" text[] NOT NULL,
        "Secret" character varying(100) NOT NULL,
        "PreviousSecret" character varying(100),
        "PreviousSecretUntil" timestamp with time zone,
        "Enabled" boolean NOT NULL,
        "DisabledReason" character varying(40),
        "DisabledAt" timestamp with time zone,
        "FailingSince" timestamp with time zone,
        "CreatedAt" timestamp with time zone NOT NULL,
        "UpdatedAt" timestamp with time zone NOT NULL,
        "CreatedBy" character varying(200),
        "UpdatedBy" character varying(200),
        "Version" integer NOT NULL,
        CONSTRAINT "PK_Webhooks" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_Webhooks_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202163545_Webhooks') THEN
    CREATE TABLE "WebhookDeliveries" (
        "Id" uuid NOT NULL,
        "WebhookId" uuid NOT NULL,
        "EventSequence" bigint NOT NULL,
        "EventType" character varying(40) NOT NULL,
        "Body" text NOT NULL,
        "Status" character varying(40) NOT NULL,
        "Attempts" integer NOT NULL,
        "NextAttemptAt" timestamp with time zone,
        "LeasedUntil" timestamp with time zone,
        "LeaseHolder" uuid,
        "CreatedAt" timestamp with time zone NOT NULL,
        "DeliveredAt" timestamp with time zone,
        CONSTRAINT "PK_WebhookDeliveries" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_WebhookDeliveries_ChangeLog_EventSequence" FOREIGN KEY ("EventSequence") REFERENCES "ChangeLog" ("Sequence") ON DELETE CASCADE,
        CONSTRAINT "FK_WebhookDeliveries_Webhooks_WebhookId" FOREIGN KEY ("WebhookId") REFERENCES "Webhooks" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202163545_Webhooks') THEN
    CREATE TABLE "WebhookDeliveryAttempts" (
        "Id" uuid NOT NULL,
        "DeliveryId" uuid NOT NULL,
        "AttemptedAt" timestamp with time zone NOT NULL,
        "Outcome" character varying(40) NOT NULL,
        "StatusCode" integer,
        "DurationMilliseconds" integer NOT NULL,
        "Error" character varying(1000),
        CONSTRAINT "PK_WebhookDeliveryAttempts" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_WebhookDeliveryAttempts_WebhookDeliveries_DeliveryId" FOREIGN KEY ("DeliveryId") REFERENCES "WebhookDeliveries" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202163545_Webhooks') THEN
    CREATE INDEX "IX_WebhookDeliveryAttempts_DeliveryId_AttemptedAt" ON "WebhookDeliveryAttempts" ("DeliveryId", "AttemptedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202163545_Webhooks') THEN
    CREATE INDEX "IX_WebhookDeliveries_EventSequence" ON "WebhookDeliveries" ("EventSequence");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202163545_Webhooks') THEN
    CREATE INDEX "IX_WebhookDeliveries_Status_NextAttemptAt" ON "WebhookDeliveries" ("Status", "NextAttemptAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202163545_Webhooks') THEN
    CREATE UNIQUE INDEX "IX_WebhookDeliveries_WebhookId_EventSequence" ON "WebhookDeliveries" ("WebhookId", "EventSequence");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202163545_Webhooks') THEN
    CREATE INDEX "IX_Webhooks_OrganisationId" ON "Webhooks" ("OrganisationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202163545_Webhooks') THEN
    CREATE INDEX "IX_Webhooks_UpdatedAt" ON "Webhooks" ("UpdatedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261202163545_Webhooks') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261202163545_Webhooks', '10.0.15');
    END IF;
END $EF$;
COMMIT;

