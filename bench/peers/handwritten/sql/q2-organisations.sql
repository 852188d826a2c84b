SELECT o."Name", o."Id", o."DefaultLocale", o."Status"
FROM "Organisations" AS o
WHERE o."Status" = 'Published' AND o."Visibility" = 'Public'
ORDER BY o."Id"
LIMIT @p
