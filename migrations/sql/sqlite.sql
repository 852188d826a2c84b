CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "AdvocacyGoals" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AdvocacyGoals" PRIMARY KEY,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "GoalStatus" TEXT NOT NULL,
    "HorizonYear" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "Visibility" TEXT NOT NULL,
    "DefaultLocale" TEXT NOT NULL
);

CREATE TABLE "AuditEvents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AuditEvents" PRIMARY KEY,
    "OccurredAt" TEXT NOT NULL,
    "Actor" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "RecordType" TEXT NULL,
    "RecordId" TEXT NULL,
    "Details" TEXT NULL
);

CREATE TABLE "Campaigns" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Campaigns" PRIMARY KEY,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "PublishAt" TEXT NULL,
    "UnpublishAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "Visibility" TEXT NOT NULL,
    "DefaultLocale" TEXT NOT NULL
);

CREATE TABLE "Coalitions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Coalitions" PRIMARY KEY,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Acronym" TEXT NULL,
    "Purpose" TEXT NOT NULL,
    "FoundedOn" TEXT NULL,
    "DissolvedOn" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "Visibility" TEXT NOT NULL,
    "DefaultLocale" TEXT NOT NULL
);

CREATE TABLE "Countries" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Countries" PRIMARY KEY,
    "Iso3" TEXT NOT NULL,
    "NumericCode" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Region" TEXT NOT NULL,
    "Subregion" TEXT NOT NULL
);

CREATE TABLE "Defenders" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Defenders" PRIMARY KEY,
    "Slug" TEXT NOT NULL,
    "Alias" TEXT NOT NULL,
    "LegalName" TEXT NULL,
    "Contact" TEXT NULL,
    "RiskLevel" TEXT NOT NULL,
    "PublicationConsent" INTEGER NOT NULL,
    "ConsentRecordedAt" TEXT NULL,
    "ConsentRecordedBy" TEXT NULL,
    "Bio" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "Visibility" TEXT NOT NULL,
    "DefaultLocale" TEXT NOT NULL
);

CREATE TABLE "Institutions" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Institutions" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL
);

CREATE TABLE "LocalizedTexts" (
    "OwnerId" TEXT NOT NULL,
    "Field" TEXT NOT NULL,
    "Locale" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "PK_LocalizedTexts" PRIMARY KEY ("OwnerId", "Field", "Locale")
);

CREATE TABLE "OutboxMessages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OutboxMessages" PRIMARY KEY,
    "Topic" TEXT NOT NULL,
    "Payload" TEXT NOT NULL,
    "OccurredAt" TEXT NOT NULL,
    "ProcessedAt" TEXT NULL
);

CREATE TABLE "Revisions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Revisions" PRIMARY KEY,
    "RecordType" TEXT NOT NULL,
    "RecordId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Snapshot" TEXT NOT NULL,
    "Author" TEXT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE TABLE "Themes" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Themes" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "ParentCode" TEXT NULL,
    CONSTRAINT "FK_Themes_Themes_ParentCode" FOREIGN KEY ("ParentCode") REFERENCES "Themes" ("Code") ON DELETE RESTRICT
);

CREATE TABLE "CampaignGoals" (
    "CampaignId" TEXT NOT NULL,
    "GoalsId" TEXT NOT NULL,
    CONSTRAINT "PK_CampaignGoals" PRIMARY KEY ("CampaignId", "GoalsId"),
    CONSTRAINT "FK_CampaignGoals_AdvocacyGoals_GoalsId" FOREIGN KEY ("GoalsId") REFERENCES "AdvocacyGoals" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CampaignGoals_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CampaignCoalitions" (
    "CampaignId" TEXT NOT NULL,
    "CoalitionsId" TEXT NOT NULL,
    CONSTRAINT "PK_CampaignCoalitions" PRIMARY KEY ("CampaignId", "CoalitionsId"),
    CONSTRAINT "FK_CampaignCoalitions_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CampaignCoalitions_Coalitions_CoalitionsId" FOREIGN KEY ("CoalitionsId") REFERENCES "Coalitions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AdvocacyGoalCountries" (
    "AdvocacyGoalId" TEXT NOT NULL,
    "CountriesCode" TEXT NOT NULL,
    CONSTRAINT "PK_AdvocacyGoalCountries" PRIMARY KEY ("AdvocacyGoalId", "CountriesCode"),
    CONSTRAINT "FK_AdvocacyGoalCountries_AdvocacyGoals_AdvocacyGoalId" FOREIGN KEY ("AdvocacyGoalId") REFERENCES "AdvocacyGoals" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AdvocacyGoalCountries_Countries_CountriesCode" FOREIGN KEY ("CountriesCode") REFERENCES "Countries" ("Code") ON DELETE CASCADE
);

CREATE TABLE "CivicSpace" (
    "CountryCode" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Regime" TEXT NOT NULL,
    "ElectoralDemocracy" REAL NULL,
    "CivilSociety" REAL NULL,
    "FreedomOfAssociation" REAL NULL,
    CONSTRAINT "PK_CivicSpace" PRIMARY KEY ("CountryCode", "Year"),
    CONSTRAINT "FK_CivicSpace_Countries_CountryCode" FOREIGN KEY ("CountryCode") REFERENCES "Countries" ("Code") ON DELETE CASCADE
);

CREATE TABLE "Events" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Events" PRIMARY KEY,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "StartsOn" TEXT NOT NULL,
    "EndsOn" TEXT NOT NULL,
    "CountryCode" TEXT NULL,
    "City" TEXT NULL,
    "Description" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "Visibility" TEXT NOT NULL,
    "DefaultLocale" TEXT NOT NULL,
    CONSTRAINT "FK_Events_Countries_CountryCode" FOREIGN KEY ("CountryCode") REFERENCES "Countries" ("Code") ON DELETE RESTRICT
);

CREATE TABLE "Organisations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Organisations" PRIMARY KEY,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Acronym" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "HeadquartersCountryCode" TEXT NOT NULL,
    "Website" TEXT NULL,
    "FoundedYear" INTEGER NULL,
    "Description" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "Visibility" TEXT NOT NULL,
    "DefaultLocale" TEXT NOT NULL,
    CONSTRAINT "FK_Organisations_Countries_HeadquartersCountryCode" FOREIGN KEY ("HeadquartersCountryCode") REFERENCES "Countries" ("Code") ON DELETE RESTRICT
);

CREATE TABLE "CampaignDefenders" (
    "CampaignId" TEXT NOT NULL,
    "DefendersId" TEXT NOT NULL,
    CONSTRAINT "PK_CampaignDefenders" PRIMARY KEY ("CampaignId", "DefendersId"),
    CONSTRAINT "FK_CampaignDefenders_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CampaignDefenders_Defenders_DefendersId" FOREIGN KEY ("DefendersId") REFERENCES "Defenders" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DefenderCountries" (
    "CountriesCode" TEXT NOT NULL,
    "DefenderId" TEXT NOT NULL,
    CONSTRAINT "PK_DefenderCountries" PRIMARY KEY ("CountriesCode", "DefenderId"),
    CONSTRAINT "FK_DefenderCountries_Countries_CountriesCode" FOREIGN KEY ("CountriesCode") REFERENCES "Countries" ("Code") ON DELETE CASCADE,
    CONSTRAINT "FK_DefenderCountries_Defenders_DefenderId" FOREIGN KEY ("DefenderId") REFERENCES "Defenders" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AdvocacyGoalInstitutions" (
    "AdvocacyGoalId" TEXT NOT NULL,
    "TargetInstitutionsCode" TEXT NOT NULL,
    CONSTRAINT "PK_AdvocacyGoalInstitutions" PRIMARY KEY ("AdvocacyGoalId", "TargetInstitutionsCode"),
    CONSTRAINT "FK_AdvocacyGoalInstitutions_AdvocacyGoals_AdvocacyGoalId" FOREIGN KEY ("AdvocacyGoalId") REFERENCES "AdvocacyGoals" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AdvocacyGoalInstitutions_Institutions_TargetInstitutionsCode" FOREIGN KEY ("TargetInstitutionsCode") REFERENCES "Institutions" ("Code") ON DELETE CASCADE
);

CREATE TABLE "InstitutionMemberships" (
    "InstitutionCode" TEXT NOT NULL,
    "CountryCode" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    CONSTRAINT "PK_InstitutionMemberships" PRIMARY KEY ("InstitutionCode", "CountryCode"),
    CONSTRAINT "FK_InstitutionMemberships_Countries_CountryCode" FOREIGN KEY ("CountryCode") REFERENCES "Countries" ("Code") ON DELETE CASCADE,
    CONSTRAINT "FK_InstitutionMemberships_Institutions_InstitutionCode" FOREIGN KEY ("InstitutionCode") REFERENCES "Institutions" ("Code") ON DELETE CASCADE
);

CREATE TABLE "AdvocacyGoalThemes" (
    "AdvocacyGoalId" TEXT NOT NULL,
    "ThemesCode" TEXT NOT NULL,
    CONSTRAINT "PK_AdvocacyGoalThemes" PRIMARY KEY ("AdvocacyGoalId", "ThemesCode"),
    CONSTRAINT "FK_AdvocacyGoalThemes_AdvocacyGoals_AdvocacyGoalId" FOREIGN KEY ("AdvocacyGoalId") REFERENCES "AdvocacyGoals" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AdvocacyGoalThemes_Themes_ThemesCode" FOREIGN KEY ("ThemesCode") REFERENCES "Themes" ("Code") ON DELETE CASCADE
);

CREATE TABLE "CampaignThemes" (
    "CampaignId" TEXT NOT NULL,
    "ThemesCode" TEXT NOT NULL,
    CONSTRAINT "PK_CampaignThemes" PRIMARY KEY ("CampaignId", "ThemesCode"),
    CONSTRAINT "FK_CampaignThemes_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CampaignThemes_Themes_ThemesCode" FOREIGN KEY ("ThemesCode") REFERENCES "Themes" ("Code") ON DELETE CASCADE
);

CREATE TABLE "CoalitionThemes" (
    "CoalitionId" TEXT NOT NULL,
    "ThemesCode" TEXT NOT NULL,
    CONSTRAINT "PK_CoalitionThemes" PRIMARY KEY ("CoalitionId", "ThemesCode"),
    CONSTRAINT "FK_CoalitionThemes_Coalitions_CoalitionId" FOREIGN KEY ("CoalitionId") REFERENCES "Coalitions" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CoalitionThemes_Themes_ThemesCode" FOREIGN KEY ("ThemesCode") REFERENCES "Themes" ("Code") ON DELETE CASCADE
);

CREATE TABLE "DefenderThemes" (
    "DefenderId" TEXT NOT NULL,
    "ThemesCode" TEXT NOT NULL,
    CONSTRAINT "PK_DefenderThemes" PRIMARY KEY ("DefenderId", "ThemesCode"),
    CONSTRAINT "FK_DefenderThemes_Defenders_DefenderId" FOREIGN KEY ("DefenderId") REFERENCES "Defenders" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DefenderThemes_Themes_ThemesCode" FOREIGN KEY ("ThemesCode") REFERENCES "Themes" ("Code") ON DELETE CASCADE
);

CREATE TABLE "EventThemes" (
    "EventId" TEXT NOT NULL,
    "ThemesCode" TEXT NOT NULL,
    CONSTRAINT "PK_EventThemes" PRIMARY KEY ("EventId", "ThemesCode"),
    CONSTRAINT "FK_EventThemes_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_EventThemes_Themes_ThemesCode" FOREIGN KEY ("ThemesCode") REFERENCES "Themes" ("Code") ON DELETE CASCADE
);

CREATE TABLE "Affiliations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Affiliations" PRIMARY KEY,
    "DefenderId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Role" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Since" TEXT NULL,
    "Until" TEXT NULL,
    "Visibility" TEXT NOT NULL,
    "SourceNote" TEXT NULL,
    CONSTRAINT "CK_Affiliation_Period" CHECK ("Until" IS NULL OR "Since" IS NULL OR "Until" >= "Since"),
    CONSTRAINT "FK_Affiliations_Defenders_DefenderId" FOREIGN KEY ("DefenderId") REFERENCES "Defenders" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Affiliations_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AllianceProposals" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AllianceProposals" PRIMARY KEY,
    "ProposerOrganisationId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Rationale" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "DecisionNote" TEXT NULL,
    "DecidedAt" TEXT NULL,
    "DecidedBy" TEXT NULL,
    "CoalitionId" TEXT NULL,
    "CreatedRecordId" TEXT NULL,
    "CreatedRecordType" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_AllianceProposals_Coalitions_CoalitionId" FOREIGN KEY ("CoalitionId") REFERENCES "Coalitions" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_AllianceProposals_Organisations_ProposerOrganisationId" FOREIGN KEY ("ProposerOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ApiKeys" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ApiKeys" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "SecretHash" BLOB NOT NULL,
    "Role" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "ExpiresAt" TEXT NULL,
    "RevokedAt" TEXT NULL,
    "LastUsedAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_ApiKeys_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE SET NULL
);

CREATE TABLE "GoalSupports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GoalSupports" PRIMARY KEY,
    "GoalId" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "CoalitionId" TEXT NULL,
    "Role" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Since" TEXT NULL,
    "Until" TEXT NULL,
    "Visibility" TEXT NOT NULL,
    "SourceNote" TEXT NULL,
    CONSTRAINT "CK_GoalSupport_OrganisationId_CoalitionId" CHECK (("OrganisationId" IS NULL AND "CoalitionId" IS NOT NULL) OR ("OrganisationId" IS NOT NULL AND "CoalitionId" IS NULL)),
    CONSTRAINT "CK_GoalSupport_Period" CHECK ("Until" IS NULL OR "Since" IS NULL OR "Until" >= "Since"),
    CONSTRAINT "FK_GoalSupports_AdvocacyGoals_GoalId" FOREIGN KEY ("GoalId") REFERENCES "AdvocacyGoals" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_GoalSupports_Coalitions_CoalitionId" FOREIGN KEY ("CoalitionId") REFERENCES "Coalitions" ("Id"),
    CONSTRAINT "FK_GoalSupports_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id")
);

CREATE TABLE "Memberships" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Memberships" PRIMARY KEY,
    "CoalitionId" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "DefenderId" TEXT NULL,
    "Role" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Since" TEXT NULL,
    "Until" TEXT NULL,
    "Visibility" TEXT NOT NULL,
    "SourceNote" TEXT NULL,
    CONSTRAINT "CK_Membership_OrganisationId_DefenderId" CHECK (("OrganisationId" IS NULL AND "DefenderId" IS NOT NULL) OR ("OrganisationId" IS NOT NULL AND "DefenderId" IS NULL)),
    CONSTRAINT "CK_Membership_Period" CHECK ("Until" IS NULL OR "Since" IS NULL OR "Until" >= "Since"),
    CONSTRAINT "FK_Memberships_Coalitions_CoalitionId" FOREIGN KEY ("CoalitionId") REFERENCES "Coalitions" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Memberships_Defenders_DefenderId" FOREIGN KEY ("DefenderId") REFERENCES "Defenders" ("Id"),
    CONSTRAINT "FK_Memberships_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id")
);

CREATE TABLE "OrganisationCountries" (
    "OperatingCountriesCode" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    CONSTRAINT "PK_OrganisationCountries" PRIMARY KEY ("OperatingCountriesCode", "OrganisationId"),
    CONSTRAINT "FK_OrganisationCountries_Countries_OperatingCountriesCode" FOREIGN KEY ("OperatingCountriesCode") REFERENCES "Countries" ("Code") ON DELETE CASCADE,
    CONSTRAINT "FK_OrganisationCountries_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "OrganisationThemes" (
    "OrganisationId" TEXT NOT NULL,
    "ThemesCode" TEXT NOT NULL,
    CONSTRAINT "PK_OrganisationThemes" PRIMARY KEY ("OrganisationId", "ThemesCode"),
    CONSTRAINT "FK_OrganisationThemes_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_OrganisationThemes_Themes_ThemesCode" FOREIGN KEY ("ThemesCode") REFERENCES "Themes" ("Code") ON DELETE CASCADE
);

CREATE TABLE "Participations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Participations" PRIMARY KEY,
    "EventId" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "DefenderId" TEXT NULL,
    "Role" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Since" TEXT NULL,
    "Until" TEXT NULL,
    "Visibility" TEXT NOT NULL,
    "SourceNote" TEXT NULL,
    CONSTRAINT "CK_Participation_OrganisationId_DefenderId" CHECK (("OrganisationId" IS NULL AND "DefenderId" IS NOT NULL) OR ("OrganisationId" IS NOT NULL AND "DefenderId" IS NULL)),
    CONSTRAINT "CK_Participation_Period" CHECK ("Until" IS NULL OR "Since" IS NULL OR "Until" >= "Since"),
    CONSTRAINT "FK_Participations_Defenders_DefenderId" FOREIGN KEY ("DefenderId") REFERENCES "Defenders" ("Id"),
    CONSTRAINT "FK_Participations_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Participations_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id")
);

CREATE TABLE "Partnerships" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Partnerships" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Since" TEXT NULL,
    "Until" TEXT NULL,
    "Visibility" TEXT NOT NULL,
    "SourceNote" TEXT NULL,
    CONSTRAINT "CK_Partnership_NotSelf" CHECK ("OrganisationId" <> "PartnerId"),
    CONSTRAINT "CK_Partnership_Period" CHECK ("Until" IS NULL OR "Since" IS NULL OR "Until" >= "Since"),
    CONSTRAINT "FK_Partnerships_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Partnerships_Organisations_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "WebhookSubscriptions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_WebhookSubscriptions" PRIMARY KEY,
    "OrganisationId" TEXT NULL,
    "Url" TEXT NOT NULL,
    "Secret" TEXT NOT NULL,
    "Topics" TEXT NOT NULL,
    "Active" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_WebhookSubscriptions_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id")
);

CREATE TABLE "AllianceProposalGoals" (
    "AllianceProposalId" TEXT NOT NULL,
    "SharedGoalsId" TEXT NOT NULL,
    CONSTRAINT "PK_AllianceProposalGoals" PRIMARY KEY ("AllianceProposalId", "SharedGoalsId"),
    CONSTRAINT "FK_AllianceProposalGoals_AdvocacyGoals_SharedGoalsId" FOREIGN KEY ("SharedGoalsId") REFERENCES "AdvocacyGoals" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AllianceProposalGoals_AllianceProposals_AllianceProposalId" FOREIGN KEY ("AllianceProposalId") REFERENCES "AllianceProposals" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ProposalParties" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ProposalParties" PRIMARY KEY,
    "ProposalId" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "DefenderId" TEXT NULL,
    CONSTRAINT "FK_ProposalParties_AllianceProposals_ProposalId" FOREIGN KEY ("ProposalId") REFERENCES "AllianceProposals" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ProposalParties_Defenders_DefenderId" FOREIGN KEY ("DefenderId") REFERENCES "Defenders" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ProposalParties_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "WebhookDeliveries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_WebhookDeliveries" PRIMARY KEY,
    "SubscriptionId" TEXT NOT NULL,
    "OutboxMessageId" TEXT NOT NULL,
    "Attempt" INTEGER NOT NULL,
    "StatusCode" INTEGER NULL,
    "Error" TEXT NULL,
    "Succeeded" INTEGER NOT NULL,
    "AttemptedAt" TEXT NOT NULL,
    CONSTRAINT "FK_WebhookDeliveries_OutboxMessages_OutboxMessageId" FOREIGN KEY ("OutboxMessageId") REFERENCES "OutboxMessages" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_WebhookDeliveries_WebhookSubscriptions_SubscriptionId" FOREIGN KEY ("SubscriptionId") REFERENCES "WebhookSubscriptions" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AdvocacyGoalCountries_CountriesCode" ON "AdvocacyGoalCountries" ("CountriesCode");

CREATE INDEX "IX_AdvocacyGoalInstitutions_TargetInstitutionsCode" ON "AdvocacyGoalInstitutions" ("TargetInstitutionsCode");

CREATE INDEX "IX_AdvocacyGoals_GoalStatus" ON "AdvocacyGoals" ("GoalStatus");

CREATE INDEX "IX_AdvocacyGoals_HorizonYear" ON "AdvocacyGoals" ("HorizonYear");

CREATE UNIQUE INDEX "IX_AdvocacyGoals_Slug" ON "AdvocacyGoals" ("Slug");

CREATE INDEX "IX_AdvocacyGoals_Status_Visibility" ON "AdvocacyGoals" ("Status", "Visibility");

CREATE INDEX "IX_AdvocacyGoals_Title" ON "AdvocacyGoals" ("Title");

CREATE INDEX "IX_AdvocacyGoals_UpdatedAt" ON "AdvocacyGoals" ("UpdatedAt");

CREATE INDEX "IX_AdvocacyGoalThemes_ThemesCode" ON "AdvocacyGoalThemes" ("ThemesCode");

CREATE INDEX "IX_Affiliations_DefenderId" ON "Affiliations" ("DefenderId");

CREATE INDEX "IX_Affiliations_OrganisationId" ON "Affiliations" ("OrganisationId");

CREATE INDEX "IX_Affiliations_UpdatedAt" ON "Affiliations" ("UpdatedAt");

CREATE INDEX "IX_Affiliations_Visibility" ON "Affiliations" ("Visibility");

CREATE INDEX "IX_AllianceProposalGoals_SharedGoalsId" ON "AllianceProposalGoals" ("SharedGoalsId");

CREATE INDEX "IX_AllianceProposals_CoalitionId" ON "AllianceProposals" ("CoalitionId");

CREATE INDEX "IX_AllianceProposals_ProposerOrganisationId" ON "AllianceProposals" ("ProposerOrganisationId");

CREATE INDEX "IX_AllianceProposals_Status" ON "AllianceProposals" ("Status");

CREATE INDEX "IX_AllianceProposals_UpdatedAt" ON "AllianceProposals" ("UpdatedAt");

CREATE INDEX "IX_ApiKeys_OrganisationId" ON "ApiKeys" ("OrganisationId");

CREATE UNIQUE INDEX "IX_ApiKeys_Prefix" ON "ApiKeys" ("Prefix");

CREATE INDEX "IX_ApiKeys_UpdatedAt" ON "ApiKeys" ("UpdatedAt");

CREATE INDEX "IX_AuditEvents_Action" ON "AuditEvents" ("Action");

CREATE INDEX "IX_AuditEvents_Actor" ON "AuditEvents" ("Actor");

CREATE INDEX "IX_AuditEvents_OccurredAt" ON "AuditEvents" ("OccurredAt");

CREATE INDEX "IX_AuditEvents_RecordId" ON "AuditEvents" ("RecordId");

CREATE INDEX "IX_CampaignCoalitions_CoalitionsId" ON "CampaignCoalitions" ("CoalitionsId");

CREATE INDEX "IX_CampaignDefenders_DefendersId" ON "CampaignDefenders" ("DefendersId");

CREATE INDEX "IX_CampaignGoals_GoalsId" ON "CampaignGoals" ("GoalsId");

CREATE INDEX "IX_Campaigns_PublishAt" ON "Campaigns" ("PublishAt");

CREATE UNIQUE INDEX "IX_Campaigns_Slug" ON "Campaigns" ("Slug");

CREATE INDEX "IX_Campaigns_Status_Visibility" ON "Campaigns" ("Status", "Visibility");

CREATE INDEX "IX_Campaigns_Title" ON "Campaigns" ("Title");

CREATE INDEX "IX_Campaigns_UnpublishAt" ON "Campaigns" ("UnpublishAt");

CREATE INDEX "IX_Campaigns_UpdatedAt" ON "Campaigns" ("UpdatedAt");

CREATE INDEX "IX_CampaignThemes_ThemesCode" ON "CampaignThemes" ("ThemesCode");

CREATE INDEX "IX_Coalitions_FoundedOn" ON "Coalitions" ("FoundedOn");

CREATE INDEX "IX_Coalitions_Name" ON "Coalitions" ("Name");

CREATE UNIQUE INDEX "IX_Coalitions_Slug" ON "Coalitions" ("Slug");

CREATE INDEX "IX_Coalitions_Status_Visibility" ON "Coalitions" ("Status", "Visibility");

CREATE INDEX "IX_Coalitions_UpdatedAt" ON "Coalitions" ("UpdatedAt");

CREATE INDEX "IX_CoalitionThemes_ThemesCode" ON "CoalitionThemes" ("ThemesCode");

CREATE UNIQUE INDEX "IX_Countries_Iso3" ON "Countries" ("Iso3");

CREATE INDEX "IX_Countries_Name" ON "Countries" ("Name");

CREATE INDEX "IX_Countries_Region" ON "Countries" ("Region");

CREATE INDEX "IX_DefenderCountries_DefenderId" ON "DefenderCountries" ("DefenderId");

CREATE INDEX "IX_Defenders_Alias" ON "Defenders" ("Alias");

CREATE INDEX "IX_Defenders_RiskLevel_PublicationConsent" ON "Defenders" ("RiskLevel", "PublicationConsent");

CREATE UNIQUE INDEX "IX_Defenders_Slug" ON "Defenders" ("Slug");

CREATE INDEX "IX_Defenders_Status_Visibility" ON "Defenders" ("Status", "Visibility");

CREATE INDEX "IX_Defenders_UpdatedAt" ON "Defenders" ("UpdatedAt");

CREATE INDEX "IX_DefenderThemes_ThemesCode" ON "DefenderThemes" ("ThemesCode");

CREATE INDEX "IX_Events_CountryCode" ON "Events" ("CountryCode");

CREATE INDEX "IX_Events_Kind" ON "Events" ("Kind");

CREATE UNIQUE INDEX "IX_Events_Slug" ON "Events" ("Slug");

CREATE INDEX "IX_Events_StartsOn" ON "Events" ("StartsOn");

CREATE INDEX "IX_Events_Status_Visibility" ON "Events" ("Status", "Visibility");

CREATE INDEX "IX_Events_Title" ON "Events" ("Title");

CREATE INDEX "IX_Events_UpdatedAt" ON "Events" ("UpdatedAt");

CREATE INDEX "IX_EventThemes_ThemesCode" ON "EventThemes" ("ThemesCode");

CREATE INDEX "IX_GoalSupports_CoalitionId" ON "GoalSupports" ("CoalitionId");

CREATE INDEX "IX_GoalSupports_GoalId" ON "GoalSupports" ("GoalId");

CREATE INDEX "IX_GoalSupports_OrganisationId" ON "GoalSupports" ("OrganisationId");

CREATE INDEX "IX_GoalSupports_UpdatedAt" ON "GoalSupports" ("UpdatedAt");

CREATE INDEX "IX_GoalSupports_Visibility" ON "GoalSupports" ("Visibility");

CREATE INDEX "IX_InstitutionMemberships_CountryCode" ON "InstitutionMemberships" ("CountryCode");

CREATE INDEX "IX_LocalizedTexts_Locale" ON "LocalizedTexts" ("Locale");

CREATE INDEX "IX_Memberships_CoalitionId" ON "Memberships" ("CoalitionId");

CREATE INDEX "IX_Memberships_DefenderId" ON "Memberships" ("DefenderId");

CREATE INDEX "IX_Memberships_OrganisationId" ON "Memberships" ("OrganisationId");

CREATE INDEX "IX_Memberships_UpdatedAt" ON "Memberships" ("UpdatedAt");

CREATE INDEX "IX_Memberships_Visibility" ON "Memberships" ("Visibility");

CREATE INDEX "IX_OrganisationCountries_OrganisationId" ON "OrganisationCountries" ("OrganisationId");

CREATE INDEX "IX_Organisations_FoundedYear" ON "Organisations" ("FoundedYear");

CREATE INDEX "IX_Organisations_HeadquartersCountryCode" ON "Organisations" ("HeadquartersCountryCode");

CREATE INDEX "IX_Organisations_Kind" ON "Organisations" ("Kind");

CREATE INDEX "IX_Organisations_Name" ON "Organisations" ("Name");

CREATE UNIQUE INDEX "IX_Organisations_Slug" ON "Organisations" ("Slug");

CREATE INDEX "IX_Organisations_Status_Visibility" ON "Organisations" ("Status", "Visibility");

CREATE INDEX "IX_Organisations_UpdatedAt" ON "Organisations" ("UpdatedAt");

CREATE INDEX "IX_OrganisationThemes_ThemesCode" ON "OrganisationThemes" ("ThemesCode");

CREATE INDEX "IX_OutboxMessages_ProcessedAt" ON "OutboxMessages" ("ProcessedAt");

CREATE INDEX "IX_Participations_DefenderId" ON "Participations" ("DefenderId");

CREATE INDEX "IX_Participations_EventId" ON "Participations" ("EventId");

CREATE INDEX "IX_Participations_OrganisationId" ON "Participations" ("OrganisationId");

CREATE INDEX "IX_Participations_UpdatedAt" ON "Participations" ("UpdatedAt");

CREATE INDEX "IX_Participations_Visibility" ON "Participations" ("Visibility");

CREATE INDEX "IX_Partnerships_Kind" ON "Partnerships" ("Kind");

CREATE INDEX "IX_Partnerships_OrganisationId" ON "Partnerships" ("OrganisationId");

CREATE INDEX "IX_Partnerships_PartnerId" ON "Partnerships" ("PartnerId");

CREATE INDEX "IX_Partnerships_UpdatedAt" ON "Partnerships" ("UpdatedAt");

CREATE INDEX "IX_Partnerships_Visibility" ON "Partnerships" ("Visibility");

CREATE INDEX "IX_ProposalParties_DefenderId" ON "ProposalParties" ("DefenderId");

CREATE INDEX "IX_ProposalParties_OrganisationId" ON "ProposalParties" ("OrganisationId");

CREATE INDEX "IX_ProposalParties_ProposalId" ON "ProposalParties" ("ProposalId");

CREATE UNIQUE INDEX "IX_Revisions_RecordId_Number" ON "Revisions" ("RecordId", "Number");

CREATE INDEX "IX_Themes_ParentCode" ON "Themes" ("ParentCode");

CREATE INDEX "IX_WebhookDeliveries_AttemptedAt" ON "WebhookDeliveries" ("AttemptedAt");

CREATE INDEX "IX_WebhookDeliveries_OutboxMessageId" ON "WebhookDeliveries" ("OutboxMessageId");

CREATE INDEX "IX_WebhookDeliveries_SubscriptionId" ON "WebhookDeliveries" ("SubscriptionId");

CREATE INDEX "IX_WebhookSubscriptions_OrganisationId" ON "WebhookSubscriptions" ("OrganisationId");

CREATE INDEX "IX_WebhookSubscriptions_UpdatedAt" ON "WebhookSubscriptions" ("UpdatedAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129115550_Initial', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "SearchEntries" (
    "RecordId" TEXT NOT NULL,
    "Field" TEXT NOT NULL,
    "Locale" TEXT NOT NULL,
    "RecordType" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "PK_SearchEntries" PRIMARY KEY ("RecordId", "Field", "Locale")
);

CREATE INDEX "IX_SearchEntries_RecordType" ON "SearchEntries" ("RecordType");

CREATE VIRTUAL TABLE "SearchEntriesFts" USING fts5("Text", content='SearchEntries', content_rowid='rowid');

CREATE TRIGGER "SearchEntries_Inserted" AFTER INSERT ON "SearchEntries" BEGIN INSERT INTO "SearchEntriesFts"(rowid, "Text") VALUES (new.rowid, new."Text"); END;

CREATE TRIGGER "SearchEntries_Deleted" AFTER DELETE ON "SearchEntries" BEGIN INSERT INTO "SearchEntriesFts"("SearchEntriesFts", rowid, "Text") VALUES ('delete', old.rowid, old."Text"); END;

CREATE TRIGGER "SearchEntries_Updated" AFTER UPDATE ON "SearchEntries" BEGIN INSERT INTO "SearchEntriesFts"("SearchEntriesFts", rowid, "Text") VALUES ('delete', old.rowid, old."Text"); INSERT INTO "SearchEntriesFts"(rowid, "Text") VALUES (new.rowid, new."Text"); END;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129121522_Search', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Organisations" ADD "PublishedRevision" INTEGER NULL;

ALTER TABLE "Events" ADD "PublishedRevision" INTEGER NULL;

ALTER TABLE "Defenders" ADD "PublishedRevision" INTEGER NULL;

ALTER TABLE "Coalitions" ADD "PublishedRevision" INTEGER NULL;

ALTER TABLE "Campaigns" ADD "PublishedRevision" INTEGER NULL;

ALTER TABLE "AdvocacyGoals" ADD "PublishedRevision" INTEGER NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129124927_Publishing', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Organisations" ADD "PublishAt" TEXT NULL;

ALTER TABLE "Organisations" ADD "UnpublishAt" TEXT NULL;

ALTER TABLE "Events" ADD "PublishAt" TEXT NULL;

ALTER TABLE "Events" ADD "UnpublishAt" TEXT NULL;

ALTER TABLE "Defenders" ADD "PublishAt" TEXT NULL;

ALTER TABLE "Defenders" ADD "UnpublishAt" TEXT NULL;

ALTER TABLE "Coalitions" ADD "PublishAt" TEXT NULL;

ALTER TABLE "Coalitions" ADD "UnpublishAt" TEXT NULL;

ALTER TABLE "AdvocacyGoals" ADD "PublishAt" TEXT NULL;

ALTER TABLE "AdvocacyGoals" ADD "UnpublishAt" TEXT NULL;

CREATE INDEX "IX_Organisations_PublishAt" ON "Organisations" ("PublishAt");

CREATE INDEX "IX_Organisations_UnpublishAt" ON "Organisations" ("UnpublishAt");

CREATE INDEX "IX_Events_PublishAt" ON "Events" ("PublishAt");

CREATE INDEX "IX_Events_UnpublishAt" ON "Events" ("UnpublishAt");

CREATE INDEX "IX_Defenders_PublishAt" ON "Defenders" ("PublishAt");

CREATE INDEX "IX_Defenders_UnpublishAt" ON "Defenders" ("UnpublishAt");

CREATE INDEX "IX_Coalitions_PublishAt" ON "Coalitions" ("PublishAt");

CREATE INDEX "IX_Coalitions_UnpublishAt" ON "Coalitions" ("UnpublishAt");

CREATE INDEX "IX_AdvocacyGoals_PublishAt" ON "AdvocacyGoals" ("PublishAt");

CREATE INDEX "IX_AdvocacyGoals_UnpublishAt" ON "AdvocacyGoals" ("UnpublishAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129130405_Scheduling', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "ChangeLog" (
    "Sequence" INTEGER NOT NULL CONSTRAINT "PK_ChangeLog" PRIMARY KEY AUTOINCREMENT,
    "RecordType" TEXT NOT NULL,
    "RecordId" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "OccurredAt" TEXT NOT NULL
);

CREATE INDEX "IX_ChangeLog_RecordId" ON "ChangeLog" ("RecordId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202065833_ChangeLog', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "AllianceProposals" RENAME COLUMN "CreatedRecordId" TO "DeclinedByOrganisationId";

ALTER TABLE "ProposalParties" ADD "RespondedAt" TEXT NULL;

ALTER TABLE "ProposalParties" ADD "RespondedBy" TEXT NULL;

ALTER TABLE "ProposalParties" ADD "RespondedOnBehalf" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "ProposalParties" ADD "Response" TEXT NOT NULL DEFAULT '';

ALTER TABLE "ProposalParties" ADD "ResponseNote" TEXT NULL;

ALTER TABLE "ChangeLog" ADD "FromId" TEXT NULL;

ALTER TABLE "ChangeLog" ADD "SeenBefore" TEXT NULL;

ALTER TABLE "ChangeLog" ADD "ToId" TEXT NULL;

ALTER TABLE "AllianceProposals" ADD "CoalitionName" TEXT NULL;

CREATE TABLE "ProposalCreatedRecord" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ProposalCreatedRecord" PRIMARY KEY,
    "ProposalId" TEXT NOT NULL,
    "RecordType" TEXT NOT NULL,
    "RecordId" TEXT NOT NULL,
    CONSTRAINT "FK_ProposalCreatedRecord_AllianceProposals_ProposalId" FOREIGN KEY ("ProposalId") REFERENCES "AllianceProposals" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AllianceProposals_DeclinedByOrganisationId" ON "AllianceProposals" ("DeclinedByOrganisationId");

CREATE INDEX "IX_ProposalCreatedRecord_ProposalId" ON "ProposalCreatedRecord" ("ProposalId");

CREATE TABLE "ef_temp_AllianceProposals" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AllianceProposals" PRIMARY KEY,
    "CoalitionId" TEXT NULL,
    "CoalitionName" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "DecidedAt" TEXT NULL,
    "DecidedBy" TEXT NULL,
    "DecisionNote" TEXT NULL,
    "DeclinedByOrganisationId" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "ProposerOrganisationId" TEXT NOT NULL,
    "Rationale" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_AllianceProposals_Coalitions_CoalitionId" FOREIGN KEY ("CoalitionId") REFERENCES "Coalitions" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_AllianceProposals_Organisations_DeclinedByOrganisationId" FOREIGN KEY ("DeclinedByOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_AllianceProposals_Organisations_ProposerOrganisationId" FOREIGN KEY ("ProposerOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_AllianceProposals" ("Id", "CoalitionId", "CoalitionName", "CreatedAt", "CreatedBy", "DecidedAt", "DecidedBy", "DecisionNote", "DeclinedByOrganisationId", "Kind", "ProposerOrganisationId", "Rationale", "Status", "UpdatedAt", "UpdatedBy", "Version")
SELECT "Id", "CoalitionId", "CoalitionName", "CreatedAt", "CreatedBy", "DecidedAt", "DecidedBy", "DecisionNote", "DeclinedByOrganisationId", "Kind", "ProposerOrganisationId", "Rationale", "Status", "UpdatedAt", "UpdatedBy", "Version"
FROM "AllianceProposals";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "AllianceProposals";

ALTER TABLE "ef_temp_AllianceProposals" RENAME TO "AllianceProposals";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_AllianceProposals_CoalitionId" ON "AllianceProposals" ("CoalitionId");

CREATE INDEX "IX_AllianceProposals_DeclinedByOrganisationId" ON "AllianceProposals" ("DeclinedByOrganisationId");

CREATE INDEX "IX_AllianceProposals_ProposerOrganisationId" ON "AllianceProposals" ("ProposerOrganisationId");

CREATE INDEX "IX_AllianceProposals_Status" ON "AllianceProposals" ("Status");

CREATE INDEX "IX_AllianceProposals_UpdatedAt" ON "AllianceProposals" ("UpdatedAt");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202152953_ProposalWorkflow', '10.0.15');

BEGIN TRANSACTION;
DROP TABLE "WebhookDeliveries";

DROP TABLE "OutboxMessages";

DROP TABLE "WebhookSubscriptions";

CREATE TABLE "WebhookDispatchCursor" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WebhookDispatchCursor" PRIMARY KEY,
    "Sequence" INTEGER NOT NULL
);

CREATE TABLE "Webhooks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Webhooks" PRIMARY KEY,
    "OrganisationId" TEXT NULL,
    "Url" TEXT NOT NULL,
    "Description" TEXT NULL,
    "Events" TEXT NOT NULL,
    "Secret" TEXT NOT NULL,
    "PreviousSecret" TEXT NULL,
    "PreviousSecretUntil" TEXT NULL,
    "Enabled" INTEGER NOT NULL,
    "DisabledReason" TEXT NULL,
    "DisabledAt" TEXT NULL,
    "FailingSince" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Webhooks_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "WebhookDeliveries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_WebhookDeliveries" PRIMARY KEY,
    "WebhookId" TEXT NOT NULL,
    "EventSequence" INTEGER NOT NULL,
    "EventType" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAt" TEXT NULL,
    "LeasedUntil" TEXT NULL,
    "LeaseHolder" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "DeliveredAt" TEXT NULL,
    CONSTRAINT "FK_WebhookDeliveries_ChangeLog_EventSequence" FOREIGN KEY ("EventSequence") REFERENCES "ChangeLog" ("Sequence") ON DELETE CASCADE,
    CONSTRAINT "FK_WebhookDeliveries_Webhooks_WebhookId" FOREIGN KEY ("WebhookId") REFERENCES "Webhooks" ("Id") ON DELETE CASCADE
);

CREATE TABLE "WebhookDeliveryAttempts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_WebhookDeliveryAttempts" PRIMARY KEY,
    "DeliveryId" TEXT NOT NULL,
    "AttemptedAt" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "StatusCode" INTEGER NULL,
    "DurationMilliseconds" INTEGER NOT NULL,
    "Error" TEXT NULL,
    CONSTRAINT "FK_WebhookDeliveryAttempts_WebhookDeliveries_DeliveryId" FOREIGN KEY ("DeliveryId") REFERENCES "WebhookDeliveries" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_WebhookDeliveryAttempts_DeliveryId_AttemptedAt" ON "WebhookDeliveryAttempts" ("DeliveryId", "AttemptedAt");

CREATE INDEX "IX_WebhookDeliveries_EventSequence" ON "WebhookDeliveries" ("EventSequence");

CREATE INDEX "IX_WebhookDeliveries_Status_NextAttemptAt" ON "WebhookDeliveries" ("Status", "NextAttemptAt");

CREATE UNIQUE INDEX "IX_WebhookDeliveries_WebhookId_EventSequence" ON "WebhookDeliveries" ("WebhookId", "EventSequence");

CREATE INDEX "IX_Webhooks_OrganisationId" ON "Webhooks" ("OrganisationId");

CREATE INDEX "IX_Webhooks_UpdatedAt" ON "Webhooks" ("UpdatedAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202163538_Webhooks', '10.0.15');

COMMIT;

