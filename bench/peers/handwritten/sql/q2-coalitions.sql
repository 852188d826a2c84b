SELECT m."OrganisationId", c1."Id", c1."Acronym", c1."CreatedAt", c1."CreatedBy", c1."DefaultLocale", c1."DissolvedOn", c1."FoundedOn", c1."Name", c1."PublishAt", c1."PublishedRevision", c1."Purpose", c1."Slug", c1."Status", c1."UnpublishAt", c1."UpdatedAt", c1."UpdatedBy", c1."Version", c1."Visibility"
FROM "Memberships" AS m
INNER JOIN (
    SELECT c0."Id", c0."Acronym", c0."CreatedAt", c0."CreatedBy", c0."DefaultLocale", c0."DissolvedOn", c0."FoundedOn", c0."Name", c0."PublishAt", c0."PublishedRevision", c0."Purpose", c0."Slug", c0."Status", c0."UnpublishAt", c0."UpdatedAt", c0."UpdatedBy", c0."Version", c0."Visibility"
    FROM "Coalitions" AS c0
    WHERE c0."Status" = 'Published' AND c0."Visibility" = 'Public'
) AS c1 ON m."CoalitionId" = c1."Id"
WHERE m."Visibility" = 'Public' AND EXISTS (
    SELECT 1
    FROM "Coalitions" AS c
    WHERE c."Status" = 'Published' AND c."Visibility" = 'Public' AND c."Id" = m."CoalitionId") AND (EXISTS (
    SELECT 1
    FROM "Organisations" AS o
    WHERE o."Status" = 'Published' AND o."Visibility" = 'Public' AND o."Id" = m."OrganisationId") OR EXISTS (
    SELECT 1
    FROM "Defenders" AS d
    WHERE d."Status" = 'Published' AND d."Visibility" = 'Public' AND d."PublicationConsent" AND d."RiskLevel" IN ('Low', 'Elevated') AND d."Id" = m."DefenderId")) AND m."OrganisationId" IS NOT NULL AND m."OrganisationId" = ANY (@keys)
ORDER BY c1."Id"
