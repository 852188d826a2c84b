IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [AdvocacyGoals] (
        [Id] uniqueidentifier NOT NULL,
        [Slug] nvarchar(120) NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Summary] nvarchar(max) NOT NULL,
        [GoalStatus] nvarchar(40) NOT NULL,
        [HorizonYear] int NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NULL,
        [UpdatedBy] nvarchar(200) NULL,
        [Version] int NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [Visibility] nvarchar(40) NOT NULL,
        [DefaultLocale] nvarchar(35) NOT NULL,
        CONSTRAINT [PK_AdvocacyGoals] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [AuditEvents] (
        [Id] uniqueidentifier NOT NULL,
        [OccurredAt] datetime2 NOT NULL,
        [Actor] nvarchar(200) NOT NULL,
        [Action] nvarchar(80) NOT NULL,
        [RecordType] nvarchar(40) NULL,
        [RecordId] uniqueidentifier NULL,
        [Details] nvarchar(max) NULL,
        CONSTRAINT [PK_AuditEvents] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [Campaigns] (
        [Id] uniqueidentifier NOT NULL,
        [Slug] nvarchar(120) NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Summary] nvarchar(2000) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [PublishAt] datetime2 NULL,
        [UnpublishAt] datetime2 NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NULL,
        [UpdatedBy] nvarchar(200) NULL,
        [Version] int NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [Visibility] nvarchar(40) NOT NULL,
        [DefaultLocale] nvarchar(35) NOT NULL,
        CONSTRAINT [PK_Campaigns] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [Coalitions] (
        [Id] uniqueidentifier NOT NULL,
        [Slug] nvarchar(120) NOT NULL,
        [Name] nvarchar(300) NOT NULL,
        [Acronym] nvarchar(40) NULL,
        [Purpose] nvarchar(max) NOT NULL,
        [FoundedOn] date NULL,
        [DissolvedOn] date NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NULL,
        [UpdatedBy] nvarchar(200) NULL,
        [Version] int NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [Visibility] nvarchar(40) NOT NULL,
        [DefaultLocale] nvarchar(35) NOT NULL,
        CONSTRAINT [PK_Coalitions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [Countries] (
        [Code] nvarchar(2) NOT NULL,
        [Iso3] nvarchar(3) NOT NULL,
        [NumericCode] nvarchar(3) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Region] nvarchar(40) NOT NULL,
        [Subregion] nvarchar(60) NOT NULL,
        CONSTRAINT [PK_Countries] PRIMARY KEY ([Code])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [Defenders] (
        [Id] uniqueidentifier NOT NULL,
        [Slug] nvarchar(120) NOT NULL,
        [Alias] nvarchar(120) NOT NULL,
        [LegalName] nvarchar(300) NULL,
        [Contact] nvarchar(500) NULL,
        [RiskLevel] nvarchar(40) NOT NULL,
        [PublicationConsent] bit NOT NULL,
        [ConsentRecordedAt] datetime2 NULL,
        [ConsentRecordedBy] nvarchar(200) NULL,
        [Bio] nvarchar(max) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NULL,
        [UpdatedBy] nvarchar(200) NULL,
        [Version] int NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [Visibility] nvarchar(40) NOT NULL,
        [DefaultLocale] nvarchar(35) NOT NULL,
        CONSTRAINT [PK_Defenders] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [Institutions] (
        [Code] nvarchar(10) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_Institutions] PRIMARY KEY ([Code])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [LocalizedTexts] (
        [OwnerId] uniqueidentifier NOT NULL,
        [Field] nvarchar(40) NOT NULL,
        [Locale] nvarchar(35) NOT NULL,
        [Text] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_LocalizedTexts] PRIMARY KEY ([OwnerId], [Field], [Locale])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [OutboxMessages] (
        [Id] uniqueidentifier NOT NULL,
        [Topic] nvarchar(80) NOT NULL,
        [Payload] nvarchar(max) NOT NULL,
        [OccurredAt] datetime2 NOT NULL,
        [ProcessedAt] datetime2 NULL,
        CONSTRAINT [PK_OutboxMessages] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [Revisions] (
        [Id] uniqueidentifier NOT NULL,
        [RecordType] nvarchar(40) NOT NULL,
        [RecordId] uniqueidentifier NOT NULL,
        [Number] int NOT NULL,
        [Snapshot] nvarchar(max) NOT NULL,
        [Author] nvarchar(200) NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_Revisions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [Themes] (
        [Code] nvarchar(60) NOT NULL,
        [Name] nvarchar(120) NOT NULL,
        [Description] nvarchar(1000) NOT NULL,
        [ParentCode] nvarchar(60) NULL,
        CONSTRAINT [PK_Themes] PRIMARY KEY ([Code]),
        CONSTRAINT [FK_Themes_Themes_ParentCode] FOREIGN KEY ([ParentCode]) REFERENCES [Themes] ([Code]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [CampaignGoals] (
        [CampaignId] uniqueidentifier NOT NULL,
        [GoalsId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_CampaignGoals] PRIMARY KEY ([CampaignId], [GoalsId]),
        CONSTRAINT [FK_CampaignGoals_AdvocacyGoals_GoalsId] FOREIGN KEY ([GoalsId]) REFERENCES [AdvocacyGoals] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CampaignGoals_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [CampaignCoalitions] (
        [CampaignId] uniqueidentifier NOT NULL,
        [CoalitionsId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_CampaignCoalitions] PRIMARY KEY ([CampaignId], [CoalitionsId]),
        CONSTRAINT [FK_CampaignCoalitions_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CampaignCoalitions_Coalitions_CoalitionsId] FOREIGN KEY ([CoalitionsId]) REFERENCES [Coalitions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [AdvocacyGoalCountries] (
        [AdvocacyGoalId] uniqueidentifier NOT NULL,
        [CountriesCode] nvarchar(2) NOT NULL,
        CONSTRAINT [PK_AdvocacyGoalCountries] PRIMARY KEY ([AdvocacyGoalId], [CountriesCode]),
        CONSTRAINT [FK_AdvocacyGoalCountries_AdvocacyGoals_AdvocacyGoalId] FOREIGN KEY ([AdvocacyGoalId]) REFERENCES [AdvocacyGoals] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AdvocacyGoalCountries_Countries_CountriesCode] FOREIGN KEY ([CountriesCode]) REFERENCES [Countries] ([Code]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [CivicSpace] (
        [CountryCode] nvarchar(2) NOT NULL,
        [Year] int NOT NULL,
        [Regime] nvarchar(40) NOT NULL,
        [ElectoralDemocracy] float NULL,
        [CivilSociety] float NULL,
        [FreedomOfAssociation] float NULL,
        CONSTRAINT [PK_CivicSpace] PRIMARY KEY ([CountryCode], [Year]),
        CONSTRAINT [FK_CivicSpace_Countries_CountryCode] FOREIGN KEY ([CountryCode]) REFERENCES [Countries] ([Code]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [Events] (
        [Id] uniqueidentifier NOT NULL,
        [Slug] nvarchar(120) NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [StartsOn] date NOT NULL,
        [EndsOn] date NOT NULL,
        [CountryCode] nvarchar(2) NULL,
        [City] nvarchar(120) NULL,
        [Description] nvarchar(max) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NULL,
        [UpdatedBy] nvarchar(200) NULL,
        [Version] int NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [Visibility] nvarchar(40) NOT NULL,
        [DefaultLocale] nvarchar(35) NOT NULL,
        CONSTRAINT [PK_Events] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Events_Countries_CountryCode] FOREIGN KEY ([CountryCode]) REFERENCES [Countries] ([Code]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [Organisations] (
        [Id] uniqueidentifier NOT NULL,
        [Slug] nvarchar(120) NOT NULL,
        [Name] nvarchar(300) NOT NULL,
        [Acronym] nvarchar(40) NULL,
        [Kind] nvarchar(40) NOT NULL,
        [HeadquartersCountryCode] nvarchar(2) NOT NULL,
        [Website] nvarchar(500) NULL,
        [FoundedYear] int NULL,
        [Description] nvarchar(max) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NULL,
        [UpdatedBy] nvarchar(200) NULL,
        [Version] int NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [Visibility] nvarchar(40) NOT NULL,
        [DefaultLocale] nvarchar(35) NOT NULL,
        CONSTRAINT [PK_Organisations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Organisations_Countries_HeadquartersCountryCode] FOREIGN KEY ([HeadquartersCountryCode]) REFERENCES [Countries] ([Code]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [CampaignDefenders] (
        [CampaignId] uniqueidentifier NOT NULL,
        [DefendersId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_CampaignDefenders] PRIMARY KEY ([CampaignId], [DefendersId]),
        CONSTRAINT [FK_CampaignDefenders_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CampaignDefenders_Defenders_DefendersId] FOREIGN KEY ([DefendersId]) REFERENCES [Defenders] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [DefenderCountries] (
        [CountriesCode] nvarchar(2) NOT NULL,
        [DefenderId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_DefenderCountries] PRIMARY KEY ([CountriesCode], [DefenderId]),
        CONSTRAINT [FK_DefenderCountries_Countries_CountriesCode] FOREIGN KEY ([CountriesCode]) REFERENCES [Countries] ([Code]) ON DELETE CASCADE,
        CONSTRAINT [FK_DefenderCountries_Defenders_DefenderId] FOREIGN KEY ([DefenderId]) REFERENCES [Defenders] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [AdvocacyGoalInstitutions] (
        [AdvocacyGoalId] uniqueidentifier NOT NULL,
        [TargetInstitutionsCode] nvarchar(10) NOT NULL,
        CONSTRAINT [PK_AdvocacyGoalInstitutions] PRIMARY KEY ([AdvocacyGoalId], [TargetInstitutionsCode]),
        CONSTRAINT [FK_AdvocacyGoalInstitutions_AdvocacyGoals_AdvocacyGoalId] FOREIGN KEY ([AdvocacyGoalId]) REFERENCES [AdvocacyGoals] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AdvocacyGoalInstitutions_Institutions_TargetInstitutionsCode] FOREIGN KEY ([TargetInstitutionsCode]) REFERENCES [Institutions] ([Code]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [InstitutionMemberships] (
        [InstitutionCode] nvarchar(10) NOT NULL,
        [CountryCode] nvarchar(2) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_InstitutionMemberships] PRIMARY KEY ([InstitutionCode], [CountryCode]),
        CONSTRAINT [FK_InstitutionMemberships_Countries_CountryCode] FOREIGN KEY ([CountryCode]) REFERENCES [Countries] ([Code]) ON DELETE CASCADE,
        CONSTRAINT [FK_InstitutionMemberships_Institutions_InstitutionCode] FOREIGN KEY ([InstitutionCode]) REFERENCES [Institutions] ([Code]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [AdvocacyGoalThemes] (
        [AdvocacyGoalId] uniqueidentifier NOT NULL,
        [ThemesCode] nvarchar(60) NOT NULL,
        CONSTRAINT [PK_AdvocacyGoalThemes] PRIMARY KEY ([AdvocacyGoalId], [ThemesCode]),
        CONSTRAINT [FK_AdvocacyGoalThemes_AdvocacyGoals_AdvocacyGoalId] FOREIGN KEY ([AdvocacyGoalId]) REFERENCES [AdvocacyGoals] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AdvocacyGoalThemes_Themes_ThemesCode] FOREIGN KEY ([ThemesCode]) REFERENCES [Themes] ([Code]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [CampaignThemes] (
        [CampaignId] uniqueidentifier NOT NULL,
        [ThemesCode] nvarchar(60) NOT NULL,
        CONSTRAINT [PK_CampaignThemes] PRIMARY KEY ([CampaignId], [ThemesCode]),
        CONSTRAINT [FK_CampaignThemes_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CampaignThemes_Themes_ThemesCode] FOREIGN KEY ([ThemesCode]) REFERENCES [Themes] ([Code]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [CoalitionThemes] (
        [CoalitionId] uniqueidentifier NOT NULL,
        [ThemesCode] nvarchar(60) NOT NULL,
        CONSTRAINT [PK_CoalitionThemes] PRIMARY KEY ([CoalitionId], [ThemesCode]),
        CONSTRAINT [FK_CoalitionThemes_Coalitions_CoalitionId] FOREIGN KEY ([CoalitionId]) REFERENCES [Coalitions] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CoalitionThemes_Themes_ThemesCode] FOREIGN KEY ([ThemesCode]) REFERENCES [Themes] ([Code]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [DefenderThemes] (
        [DefenderId] uniqueidentifier NOT NULL,
        [ThemesCode] nvarchar(60) NOT NULL,
        CONSTRAINT [PK_DefenderThemes] PRIMARY KEY ([DefenderId], [ThemesCode]),
        CONSTRAINT [FK_DefenderThemes_Defenders_DefenderId] FOREIGN KEY ([DefenderId]) REFERENCES [Defenders] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_DefenderThemes_Themes_ThemesCode] FOREIGN KEY ([ThemesCode]) REFERENCES [Themes] ([Code]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [EventThemes] (
        [EventId] uniqueidentifier NOT NULL,
        [ThemesCode] nvarchar(60) NOT NULL,
        CONSTRAINT [PK_EventThemes] PRIMARY KEY ([EventId], [ThemesCode]),
        CONSTRAINT [FK_EventThemes_Events_EventId] FOREIGN KEY ([EventId]) REFERENCES [Events] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_EventThemes_Themes_ThemesCode] FOREIGN KEY ([ThemesCode]) REFERENCES [Themes] ([Code]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [Affiliations] (
        [Id] uniqueidentifier NOT NULL,
        [DefenderId] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Role] nvarchar(120) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NULL,
        [UpdatedBy] nvarchar(200) NULL,
        [Version] int NOT NULL,
        [Since] date NULL,
        [Until] date NULL,
        [Visibility] nvarchar(40) NOT NULL,
        [SourceNote] nvarchar(2000) NULL,
        CONSTRAINT [PK_Affiliations] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_Affiliation_Period] CHECK ("Until" IS NULL OR "Since" IS NULL OR "Until" >= "Since"),
        CONSTRAINT [FK_Affiliations_Defenders_DefenderId] FOREIGN KEY ([DefenderId]) REFERENCES [Defenders] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Affiliations_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [AllianceProposals] (
        [Id] uniqueidentifier NOT NULL,
        [ProposerOrganisationId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Rationale] nvarchar(max) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [DecisionNote] nvarchar(max) NULL,
        [DecidedAt] datetime2 NULL,
        [DecidedBy] nvarchar(200) NULL,
        [CoalitionId] uniqueidentifier NULL,
        [CreatedRecordId] uniqueidentifier NULL,
        [CreatedRecordType] nvarchar(40) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NULL,
        [UpdatedBy] nvarchar(200) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_AllianceProposals] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AllianceProposals_Coalitions_CoalitionId] FOREIGN KEY ([CoalitionId]) REFERENCES [Coalitions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AllianceProposals_Organisations_ProposerOrganisationId] FOREIGN KEY ([ProposerOrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [ApiKeys] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Prefix] nvarchar(24) NOT NULL,
        [SecretHash] varbinary(32) NOT NULL,
        [Role] nvarchar(40) NOT NULL,
        [OrganisationId] uniqueidentifier NULL,
        [ExpiresAt] datetime2 NULL,
        [RevokedAt] datetime2 NULL,
        [LastUsedAt] datetime2 NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NULL,
        [UpdatedBy] nvarchar(200) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_ApiKeys] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ApiKeys_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE SET NULL
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [GoalSupports] (
        [Id] uniqueidentifier NOT NULL,
        [GoalId] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NULL,
        [CoalitionId] uniqueidentifier NULL,
        [Role] nvarchar(40) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NULL,
        [UpdatedBy] nvarchar(200) NULL,
        [Version] int NOT NULL,
        [Since] date NULL,
        [Until] date NULL,
        [Visibility] nvarchar(40) NOT NULL,
        [SourceNote] nvarchar(2000) NULL,
        CONSTRAINT [PK_GoalSupports] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_GoalSupport_OrganisationId_CoalitionId] CHECK (("OrganisationId" IS NULL AND "CoalitionId" IS NOT NULL) OR ("OrganisationId" IS NOT NULL AND "CoalitionId" IS NULL)),
        CONSTRAINT [CK_GoalSupport_Period] CHECK ("Until" IS NULL OR "Since" IS NULL OR "Until" >= "Since"),
        CONSTRAINT [FK_GoalSupports_AdvocacyGoals_GoalId] FOREIGN KEY ([GoalId]) REFERENCES [AdvocacyGoals] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_GoalSupports_Coalitions_CoalitionId] FOREIGN KEY ([CoalitionId]) REFERENCES [Coalitions] ([Id]),
        CONSTRAINT [FK_GoalSupports_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [Memberships] (
        [Id] uniqueidentifier NOT NULL,
        [CoalitionId] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NULL,
        [DefenderId] uniqueidentifier NULL,
        [Role] nvarchar(40) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NULL,
        [UpdatedBy] nvarchar(200) NULL,
        [Version] int NOT NULL,
        [Since] date NULL,
        [Until] date NULL,
        [Visibility] nvarchar(40) NOT NULL,
        [SourceNote] nvarchar(2000) NULL,
        CONSTRAINT [PK_Memberships] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_Membership_OrganisationId_DefenderId] CHECK (("OrganisationId" IS NULL AND "DefenderId" IS NOT NULL) OR ("OrganisationId" IS NOT NULL AND "DefenderId" IS NULL)),
        CONSTRAINT [CK_Membership_Period] CHECK ("Until" IS NULL OR "Since" IS NULL OR "Until" >= "Since"),
        CONSTRAINT [FK_Memberships_Coalitions_CoalitionId] FOREIGN KEY ([CoalitionId]) REFERENCES [Coalitions] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Memberships_Defenders_DefenderId] FOREIGN KEY ([DefenderId]) REFERENCES [Defenders] ([Id]),
        CONSTRAINT [FK_Memberships_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [OrganisationCountries] (
        [OperatingCountriesCode] nvarchar(2) NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_OrganisationCountries] PRIMARY KEY ([OperatingCountriesCode], [OrganisationId]),
        CONSTRAINT [FK_OrganisationCountries_Countries_OperatingCountriesCode] FOREIGN KEY ([OperatingCountriesCode]) REFERENCES [Countries] ([Code]) ON DELETE CASCADE,
        CONSTRAINT [FK_OrganisationCountries_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [OrganisationThemes] (
        [OrganisationId] uniqueidentifier NOT NULL,
        [ThemesCode] nvarchar(60) NOT NULL,
        CONSTRAINT [PK_OrganisationThemes] PRIMARY KEY ([OrganisationId], [ThemesCode]),
        CONSTRAINT [FK_OrganisationThemes_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_OrganisationThemes_Themes_ThemesCode] FOREIGN KEY ([ThemesCode]) REFERENCES [Themes] ([Code]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [Participations] (
        [Id] uniqueidentifier NOT NULL,
        [EventId] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NULL,
        [DefenderId] uniqueidentifier NULL,
        [Role] nvarchar(40) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NULL,
        [UpdatedBy] nvarchar(200) NULL,
        [Version] int NOT NULL,
        [Since] date NULL,
        [Until] date NULL,
        [Visibility] nvarchar(40) NOT NULL,
        [SourceNote] nvarchar(2000) NULL,
        CONSTRAINT [PK_Participations] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_Participation_OrganisationId_DefenderId] CHECK (("OrganisationId" IS NULL AND "DefenderId" IS NOT NULL) OR ("OrganisationId" IS NOT NULL AND "DefenderId" IS NULL)),
        CONSTRAINT [CK_Participation_Period] CHECK ("Until" IS NULL OR "Since" IS NULL OR "Until" >= "Since"),
        CONSTRAINT [FK_Participations_Defenders_DefenderId] FOREIGN KEY ([DefenderId]) REFERENCES [Defenders] ([Id]),
        CONSTRAINT [FK_Participations_Events_EventId] FOREIGN KEY ([EventId]) REFERENCES [Events] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Participations_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [Partnerships] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [PartnerId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NULL,
        [UpdatedBy] nvarchar(200) NULL,
        [Version] int NOT NULL,
        [Since] date NULL,
        [Until] date NULL,
        [Visibility] nvarchar(40) NOT NULL,
        [SourceNote] nvarchar(2000) NULL,
        CONSTRAINT [PK_Partnerships] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_Partnership_NotSelf] CHECK ("OrganisationId" <> "PartnerId"),
        CONSTRAINT [CK_Partnership_Period] CHECK ("Until" IS NULL OR "Since" IS NULL OR "Until" >= "Since"),
        CONSTRAINT [FK_Partnerships_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Partnerships_Organisations_PartnerId] FOREIGN KEY ([PartnerId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [WebhookSubscriptions] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NULL,
        [Url] nvarchar(2000) NOT NULL,
        [Secret] nvarchar(200) NOT NULL,
        [Topics] nvarchar(1000) NOT NULL,
        [Active] bit NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NULL,
        [UpdatedBy] nvarchar(200) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_WebhookSubscriptions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_WebhookSubscriptions_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [AllianceProposalGoals] (
        [AllianceProposalId] uniqueidentifier NOT NULL,
        [SharedGoalsId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AllianceProposalGoals] PRIMARY KEY ([AllianceProposalId], [SharedGoalsId]),
        CONSTRAINT [FK_AllianceProposalGoals_AdvocacyGoals_SharedGoalsId] FOREIGN KEY ([SharedGoalsId]) REFERENCES [AdvocacyGoals] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AllianceProposalGoals_AllianceProposals_AllianceProposalId] FOREIGN KEY ([AllianceProposalId]) REFERENCES [AllianceProposals] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [ProposalParties] (
        [Id] uniqueidentifier NOT NULL,
        [ProposalId] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NULL,
        [DefenderId] uniqueidentifier NULL,
        CONSTRAINT [PK_ProposalParties] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ProposalParties_AllianceProposals_ProposalId] FOREIGN KEY ([ProposalId]) REFERENCES [AllianceProposals] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ProposalParties_Defenders_DefenderId] FOREIGN KEY ([DefenderId]) REFERENCES [Defenders] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ProposalParties_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE TABLE [WebhookDeliveries] (
        [Id] uniqueidentifier NOT NULL,
        [SubscriptionId] uniqueidentifier NOT NULL,
        [OutboxMessageId] uniqueidentifier NOT NULL,
        [Attempt] int NOT NULL,
        [StatusCode] int NULL,
        [Error] nvarchar(2000) NULL,
        [Succeeded] bit NOT NULL,
        [AttemptedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_WebhookDeliveries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_WebhookDeliveries_OutboxMessages_OutboxMessageId] FOREIGN KEY ([OutboxMessageId]) REFERENCES [OutboxMessages] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_WebhookDeliveries_WebhookSubscriptions_SubscriptionId] FOREIGN KEY ([SubscriptionId]) REFERENCES [WebhookSubscriptions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_AdvocacyGoalCountries_CountriesCode] ON [AdvocacyGoalCountries] ([CountriesCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_AdvocacyGoalInstitutions_TargetInstitutionsCode] ON [AdvocacyGoalInstitutions] ([TargetInstitutionsCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_AdvocacyGoals_GoalStatus] ON [AdvocacyGoals] ([GoalStatus]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_AdvocacyGoals_HorizonYear] ON [AdvocacyGoals] ([HorizonYear]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AdvocacyGoals_Slug] ON [AdvocacyGoals] ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_AdvocacyGoals_Status_Visibility] ON [AdvocacyGoals] ([Status], [Visibility]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_AdvocacyGoals_Title] ON [AdvocacyGoals] ([Title]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_AdvocacyGoals_UpdatedAt] ON [AdvocacyGoals] ([UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_AdvocacyGoalThemes_ThemesCode] ON [AdvocacyGoalThemes] ([ThemesCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Affiliations_DefenderId] ON [Affiliations] ([DefenderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Affiliations_OrganisationId] ON [Affiliations] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Affiliations_UpdatedAt] ON [Affiliations] ([UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Affiliations_Visibility] ON [Affiliations] ([Visibility]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_AllianceProposalGoals_SharedGoalsId] ON [AllianceProposalGoals] ([SharedGoalsId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_AllianceProposals_CoalitionId] ON [AllianceProposals] ([CoalitionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_AllianceProposals_ProposerOrganisationId] ON [AllianceProposals] ([ProposerOrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_AllianceProposals_Status] ON [AllianceProposals] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_AllianceProposals_UpdatedAt] ON [AllianceProposals] ([UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_ApiKeys_OrganisationId] ON [ApiKeys] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ApiKeys_Prefix] ON [ApiKeys] ([Prefix]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_ApiKeys_UpdatedAt] ON [ApiKeys] ([UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEvents_Action] ON [AuditEvents] ([Action]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEvents_Actor] ON [AuditEvents] ([Actor]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEvents_OccurredAt] ON [AuditEvents] ([OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEvents_RecordId] ON [AuditEvents] ([RecordId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_CampaignCoalitions_CoalitionsId] ON [CampaignCoalitions] ([CoalitionsId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_CampaignDefenders_DefendersId] ON [CampaignDefenders] ([DefendersId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_CampaignGoals_GoalsId] ON [CampaignGoals] ([GoalsId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Campaigns_PublishAt] ON [Campaigns] ([PublishAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Campaigns_Slug] ON [Campaigns] ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Campaigns_Status_Visibility] ON [Campaigns] ([Status], [Visibility]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Campaigns_Title] ON [Campaigns] ([Title]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Campaigns_UnpublishAt] ON [Campaigns] ([UnpublishAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Campaigns_UpdatedAt] ON [Campaigns] ([UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_CampaignThemes_ThemesCode] ON [CampaignThemes] ([ThemesCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Coalitions_FoundedOn] ON [Coalitions] ([FoundedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Coalitions_Name] ON [Coalitions] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Coalitions_Slug] ON [Coalitions] ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Coalitions_Status_Visibility] ON [Coalitions] ([Status], [Visibility]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Coalitions_UpdatedAt] ON [Coalitions] ([UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_CoalitionThemes_ThemesCode] ON [CoalitionThemes] ([ThemesCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Countries_Iso3] ON [Countries] ([Iso3]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Countries_Name] ON [Countries] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Countries_Region] ON [Countries] ([Region]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_DefenderCountries_DefenderId] ON [DefenderCountries] ([DefenderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Defenders_Alias] ON [Defenders] ([Alias]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Defenders_RiskLevel_PublicationConsent] ON [Defenders] ([RiskLevel], [PublicationConsent]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Defenders_Slug] ON [Defenders] ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Defenders_Status_Visibility] ON [Defenders] ([Status], [Visibility]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Defenders_UpdatedAt] ON [Defenders] ([UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_DefenderThemes_ThemesCode] ON [DefenderThemes] ([ThemesCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Events_CountryCode] ON [Events] ([CountryCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Events_Kind] ON [Events] ([Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Events_Slug] ON [Events] ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Events_StartsOn] ON [Events] ([StartsOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Events_Status_Visibility] ON [Events] ([Status], [Visibility]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Events_Title] ON [Events] ([Title]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Events_UpdatedAt] ON [Events] ([UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_EventThemes_ThemesCode] ON [EventThemes] ([ThemesCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_GoalSupports_CoalitionId] ON [GoalSupports] ([CoalitionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_GoalSupports_GoalId] ON [GoalSupports] ([GoalId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_GoalSupports_OrganisationId] ON [GoalSupports] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_GoalSupports_UpdatedAt] ON [GoalSupports] ([UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_GoalSupports_Visibility] ON [GoalSupports] ([Visibility]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_InstitutionMemberships_CountryCode] ON [InstitutionMemberships] ([CountryCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_LocalizedTexts_Locale] ON [LocalizedTexts] ([Locale]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Memberships_CoalitionId] ON [Memberships] ([CoalitionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Memberships_DefenderId] ON [Memberships] ([DefenderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Memberships_OrganisationId] ON [Memberships] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Memberships_UpdatedAt] ON [Memberships] ([UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Memberships_Visibility] ON [Memberships] ([Visibility]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_OrganisationCountries_OrganisationId] ON [OrganisationCountries] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Organisations_FoundedYear] ON [Organisations] ([FoundedYear]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Organisations_HeadquartersCountryCode] ON [Organisations] ([HeadquartersCountryCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Organisations_Kind] ON [Organisations] ([Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Organisations_Name] ON [Organisations] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Organisations_Slug] ON [Organisations] ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Organisations_Status_Visibility] ON [Organisations] ([Status], [Visibility]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Organisations_UpdatedAt] ON [Organisations] ([UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_OrganisationThemes_ThemesCode] ON [OrganisationThemes] ([ThemesCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_ProcessedAt] ON [OutboxMessages] ([ProcessedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Participations_DefenderId] ON [Participations] ([DefenderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Participations_EventId] ON [Participations] ([EventId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Participations_OrganisationId] ON [Participations] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Participations_UpdatedAt] ON [Participations] ([UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Participations_Visibility] ON [Participations] ([Visibility]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Partnerships_Kind] ON [Partnerships] ([Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Partnerships_OrganisationId] ON [Partnerships] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Partnerships_PartnerId] ON [Partnerships] ([PartnerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Partnerships_UpdatedAt] ON [Partnerships] ([UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Partnerships_Visibility] ON [Partnerships] ([Visibility]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_ProposalParties_DefenderId] ON [ProposalParties] ([DefenderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_ProposalParties_OrganisationId] ON [ProposalParties] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_ProposalParties_ProposalId] ON [ProposalParties] ([ProposalId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Revisions_RecordId_Number] ON [Revisions] ([RecordId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_Themes_ParentCode] ON [Themes] ([ParentCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_WebhookDeliveries_AttemptedAt] ON [WebhookDeliveries] ([AttemptedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_WebhookDeliveries_OutboxMessageId] ON [WebhookDeliveries] ([OutboxMessageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_WebhookDeliveries_SubscriptionId] ON [WebhookDeliveries] ([SubscriptionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_WebhookSubscriptions_OrganisationId] ON [WebhookSubscriptions] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    CREATE INDEX [IX_WebhookSubscriptions_UpdatedAt] ON [WebhookSubscriptions] ([UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129115601_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129115601_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129121534_Search'
)
BEGIN
    CREATE TABLE [SearchEntries] (
        [RecordId] uniqueidentifier NOT NULL,
        [Field] nvarchar(40) NOT NULL,
        [Locale] nvarchar(35) NOT NULL,
        [RecordType] nvarchar(40) NOT NULL,
        [Text] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_SearchEntries] PRIMARY KEY ([RecordId], [Field], [Locale])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129121534_Search'
)
BEGIN
    CREATE INDEX [IX_SearchEntries_RecordType] ON [SearchEntries] ([RecordType]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129121534_Search'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129121534_Search', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129124945_Publishing'
)
BEGIN
    ALTER TABLE [Organisations] ADD [PublishedRevision] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129124945_Publishing'
)
BEGIN
    ALTER TABLE [Events] ADD [PublishedRevision] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129124945_Publishing'
)
BEGIN
    ALTER TABLE [Defenders] ADD [PublishedRevision] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129124945_Publishing'
)
BEGIN
    ALTER TABLE [Coalitions] ADD [PublishedRevision] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129124945_Publishing'
)
BEGIN
    ALTER TABLE [Campaigns] ADD [PublishedRevision] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129124945_Publishing'
)
BEGIN
    ALTER TABLE [AdvocacyGoals] ADD [PublishedRevision] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129124945_Publishing'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129124945_Publishing', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129130414_Scheduling'
)
BEGIN
    ALTER TABLE [Organisations] ADD [PublishAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129130414_Scheduling'
)
BEGIN
    ALTER TABLE [Organisations] ADD [UnpublishAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129130414_Scheduling'
)
BEGIN
    ALTER TABLE [Events] ADD [PublishAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129130414_Scheduling'
)
BEGIN
    ALTER TABLE [Events] ADD [UnpublishAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129130414_Scheduling'
)
BEGIN
    ALTER TABLE [Defenders] ADD [PublishAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129130414_Scheduling'
)
BEGIN
    ALTER TABLE [Defenders] ADD [UnpublishAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129130414_Scheduling'
)
BEGIN
    ALTER TABLE [Coalitions] ADD [PublishAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129130414_Scheduling'
)
BEGIN
    ALTER TABLE [Coalitions] ADD [UnpublishAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129130414_Scheduling'
)
BEGIN
    ALTER TABLE [AdvocacyGoals] ADD [PublishAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129130414_Scheduling'
)
BEGIN
    ALTER TABLE [AdvocacyGoals] ADD [UnpublishAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129130414_Scheduling'
)
BEGIN
    CREATE INDEX [IX_Organisations_PublishAt] ON [Organisations] ([PublishAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129130414_Scheduling'
)
BEGIN
    CREATE INDEX [IX_Organisations_UnpublishAt] ON [Organisations] ([UnpublishAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129130414_Scheduling'
)
BEGIN
    CREATE INDEX [IX_Events_PublishAt] ON [Events] ([PublishAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129130414_Scheduling'
)
BEGIN
    CREATE INDEX [IX_Events_UnpublishAt] ON [Events] ([UnpublishAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129130414_Scheduling'
)
BEGIN
    CREATE INDEX [IX_Defenders_PublishAt] ON [Defenders] ([PublishAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129130414_Scheduling'
)
BEGIN
    CREATE INDEX [IX_Defenders_UnpublishAt] ON [Defenders] ([UnpublishAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129130414_Scheduling'
)
BEGIN
    CREATE INDEX [IX_Coalitions_PublishAt] ON [Coalitions] ([PublishAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129130414_Scheduling'
)
BEGIN
    CREATE INDEX [IX_Coalitions_UnpublishAt] ON [Coalitions] ([UnpublishAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129130414_Scheduling'
)
BEGIN
    CREATE INDEX [IX_AdvocacyGoals_PublishAt] ON [AdvocacyGoals] ([PublishAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129130414_Scheduling'
)
BEGIN
    CREATE INDEX [IX_AdvocacyGoals_UnpublishAt] ON [AdvocacyGoals] ([UnpublishAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129130414_Scheduling'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129130414_Scheduling', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202065838_ChangeLog'
)
BEGIN
    CREATE TABLE [ChangeLog] (
        [Sequence] bigint NOT NULL IDENTITY,
        [RecordType] nvarchar(40) NOT NULL,
        [RecordId] uniqueidentifier NULL,
        [Kind] nvarchar(40) NOT NULL,
        [OccurredAt] datetime2 NOT NULL,
        CONSTRAINT [PK_ChangeLog] PRIMARY KEY ([Sequence])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202065838_ChangeLog'
)
BEGIN
    CREATE INDEX [IX_ChangeLog_RecordId] ON [ChangeLog] ([RecordId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202065838_ChangeLog'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202065838_ChangeLog', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202153005_ProposalWorkflow'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[AllianceProposals]') AND [c].[name] = N'CreatedRecordType');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [AllianceProposals] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [AllianceProposals] DROP COLUMN [CreatedRecordType];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202153005_ProposalWorkflow'
)
BEGIN
    EXEC sp_rename N'[AllianceProposals].[CreatedRecordId]', N'DeclinedByOrganisationId', 'COLUMN';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202153005_ProposalWorkflow'
)
BEGIN
    ALTER TABLE [ProposalParties] ADD [RespondedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202153005_ProposalWorkflow'
)
BEGIN
    ALTER TABLE [ProposalParties] ADD [RespondedBy] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202153005_ProposalWorkflow'
)
BEGIN
    ALTER TABLE [ProposalParties] ADD [RespondedOnBehalf] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202153005_ProposalWorkflow'
)
BEGIN
    ALTER TABLE [ProposalParties] ADD [Response] nvarchar(40) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202153005_ProposalWorkflow'
)
BEGIN
    ALTER TABLE [ProposalParties] ADD [ResponseNote] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202153005_ProposalWorkflow'
)
BEGIN
    ALTER TABLE [ChangeLog] ADD [FromId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202153005_ProposalWorkflow'
)
BEGIN
    ALTER TABLE [ChangeLog] ADD [SeenBefore] nvarchar(40) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202153005_ProposalWorkflow'
)
BEGIN
    ALTER TABLE [ChangeLog] ADD [ToId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202153005_ProposalWorkflow'
)
BEGIN
    ALTER TABLE [AllianceProposals] ADD [CoalitionName] nvarchar(300) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202153005_ProposalWorkflow'
)
BEGIN
    CREATE TABLE [ProposalCreatedRecord] (
        [Id] uniqueidentifier NOT NULL,
        [ProposalId] uniqueidentifier NOT NULL,
        [RecordType] nvarchar(40) NOT NULL,
        [RecordId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ProposalCreatedRecord] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ProposalCreatedRecord_AllianceProposals_ProposalId] FOREIGN KEY ([ProposalId]) REFERENCES [AllianceProposals] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202153005_ProposalWorkflow'
)
BEGIN
    CREATE INDEX [IX_AllianceProposals_DeclinedByOrganisationId] ON [AllianceProposals] ([DeclinedByOrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202153005_ProposalWorkflow'
)
BEGIN
    CREATE INDEX [IX_ProposalCreatedRecord_ProposalId] ON [ProposalCreatedRecord] ([ProposalId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202153005_ProposalWorkflow'
)
BEGIN
    ALTER TABLE [AllianceProposals] ADD CONSTRAINT [FK_AllianceProposals_Organisations_DeclinedByOrganisationId] FOREIGN KEY ([DeclinedByOrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202153005_ProposalWorkflow'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202153005_ProposalWorkflow', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202163553_Webhooks'
)
BEGIN
    DROP TABLE [WebhookDeliveries];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202163553_Webhooks'
)
BEGIN
    DROP TABLE [OutboxMessages];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202163553_Webhooks'
)
BEGIN
    DROP TABLE [WebhookSubscriptions];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202163553_Webhooks'
)
BEGIN
    CREATE TABLE [WebhookDispatchCursor] (
        [Id] int NOT NULL,
        [Sequence] bigint NOT NULL,
        CONSTRAINT [PK_WebhookDispatchCursor] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202163553_Webhooks'
)
BEGIN
    CREATE TABLE [Webhooks] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NULL,
        [Url] nvarchar(2000) NOT NULL,
        [Description] nvarchar(500) NULL,
        [Events] nvarchar(max) NOT NULL,
        [Secret] nvarchar(100) NOT NULL,
        [PreviousSecret] nvarchar(100) NULL,
        [PreviousSecretUntil] datetime2 NULL,
        [Enabled] bit NOT NULL,
        [DisabledReason] nvarchar(40) NULL,
        [DisabledAt] datetime2 NULL,
        [FailingSince] datetime2 NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NULL,
        [UpdatedBy] nvarchar(200) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Webhooks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Webhooks_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202163553_Webhooks'
)
BEGIN
    CREATE TABLE [WebhookDeliveries] (
        [Id] uniqueidentifier NOT NULL,
        [WebhookId] uniqueidentifier NOT NULL,
        [EventSequence] bigint NOT NULL,
        [EventType] nvarchar(40) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [Attempts] int NOT NULL,
        [NextAttemptAt] datetime2 NULL,
        [LeasedUntil] datetime2 NULL,
        [LeaseHolder] uniqueidentifier NULL,
        [CreatedAt] datetime2 NOT NULL,
        [DeliveredAt] datetime2 NULL,
        CONSTRAINT [PK_WebhookDeliveries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_WebhookDeliveries_ChangeLog_EventSequence] FOREIGN KEY ([EventSequence]) REFERENCES [ChangeLog] ([Sequence]) ON DELETE CASCADE,
        CONSTRAINT [FK_WebhookDeliveries_Webhooks_WebhookId] FOREIGN KEY ([WebhookId]) REFERENCES [Webhooks] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202163553_Webhooks'
)
BEGIN
    CREATE TABLE [WebhookDeliveryAttempts] (
        [Id] uniqueidentifier NOT NULL,
        [DeliveryId] uniqueidentifier NOT NULL,
        [AttemptedAt] datetime2 NOT NULL,
        [Outcome] nvarchar(40) NOT NULL,
        [StatusCode] int NULL,
        [DurationMilliseconds] int NOT NULL,
        [Error] nvarchar(1000) NULL,
        CONSTRAINT [PK_WebhookDeliveryAttempts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_WebhookDeliveryAttempts_WebhookDeliveries_DeliveryId] FOREIGN KEY ([DeliveryId]) REFERENCES [WebhookDeliveries] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202163553_Webhooks'
)
BEGIN
    CREATE INDEX [IX_WebhookDeliveryAttempts_DeliveryId_AttemptedAt] ON [WebhookDeliveryAttempts] ([DeliveryId], [AttemptedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202163553_Webhooks'
)
BEGIN
    CREATE INDEX [IX_WebhookDeliveries_EventSequence] ON [WebhookDeliveries] ([EventSequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202163553_Webhooks'
)
BEGIN
    CREATE INDEX [IX_WebhookDeliveries_Status_NextAttemptAt] ON [WebhookDeliveries] ([Status], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202163553_Webhooks'
)
BEGIN
    CREATE UNIQUE INDEX [IX_WebhookDeliveries_WebhookId_EventSequence] ON [WebhookDeliveries] ([WebhookId], [EventSequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202163553_Webhooks'
)
BEGIN
    CREATE INDEX [IX_Webhooks_OrganisationId] ON [Webhooks] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202163553_Webhooks'
)
BEGIN
    CREATE INDEX [IX_Webhooks_UpdatedAt] ON [Webhooks] ([UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202163553_Webhooks'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202163553_Webhooks', N'10.0.15');
END;

COMMIT;
GO

