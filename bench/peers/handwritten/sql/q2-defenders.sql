SELECT a."OrganisationId", d1."Id", d1."Alias", d1."Bio", d1."ConsentRecordedAt", d1."ConsentRecordedBy", d1."Contact", d1."CreatedAt", d1."CreatedBy", d1."DefaultLocale", d1."LegalName", d1."PublicationConsent", d1."PublishAt", d1."PublishedRevision", d1."RiskLevel", d1."Slug", d1."Status", d1."UnpublishAt", d1."UpdatedAt", d1."UpdatedBy", d1."Version", d1."Visibility"
FROM "Affiliations" AS a
INNER JOIN (
    SELECT d0."Id", d0."Alias", d0."Bio", d0."ConsentRecordedAt", d0."ConsentRecordedBy", d0."Contact", d0."CreatedAt", d0."CreatedBy", d0."DefaultLocale", d0."LegalName", d0."PublicationConsent", d0."PublishAt", d0."PublishedRevision", d0."RiskLevel", d0."Slug", d0."Status", d0."UnpublishAt", d0."UpdatedAt", d0."UpdatedBy", d0."Version", d0."Visibility"
    FROM "Defenders" AS d0
    WHERE d0."Status" = 'Published' AND d0."Visibility" = 'Public' AND d0."PublicationConsent" AND d0."RiskLevel" IN ('Low', 'Elevated')
) AS d1 ON a."DefenderId" = d1."Id"
WHERE a."Visibility" = 'Public' AND EXISTS (
    SELECT 1
    FROM "Defenders" AS d
    WHERE d."Status" = 'Published' AND d."Visibility" = 'Public' AND d."PublicationConsent" AND d."RiskLevel" IN ('Low', 'Elevated') AND d."Id" = a."DefenderId") AND EXISTS (
    SELECT 1
    FROM "Organisations" AS o
    WHERE o."Status" = 'Published' AND o."Visibility" = 'Public' AND o."Id" = a."OrganisationId") AND a."OrganisationId" = ANY (@keys)
ORDER BY d1."Id"
