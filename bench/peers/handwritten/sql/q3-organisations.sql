SELECT o."Name", o."Slug", o."FoundedYear", o."Id", o."DefaultLocale", o."Status"
FROM "Organisations" AS o
INNER JOIN "Countries" AS c ON o."HeadquartersCountryCode" = c."Code"
WHERE o."Status" = 'Published' AND o."Visibility" = 'Public' AND lower(c."Code") = @Value AND EXISTS (
    SELECT 1
    FROM "OrganisationThemes" AS o0
    INNER JOIN "Themes" AS t ON o0."ThemesCode" = t."Code"
    WHERE o."Id" = o0."OrganisationId" AND lower(t."Code") = @Value1)
ORDER BY o."Name", o."Id"
LIMIT @p
