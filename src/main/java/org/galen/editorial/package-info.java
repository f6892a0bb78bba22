/**
 * Stage 6, editorial: stores the articles the answer stage writes, with the conversations that
 * asked for them, their reviews, versions, users, feedback and audit log — in the data directory's
 * embedded SQLite file, or a PostgreSQL database several servers share — under one schema Flyway
 * migrates ({@code src/main/resources/db/migration}, portable SQL). Every article starts
 * {@link org.galen.editorial.ReviewStatus#SUBMITTED}: pending human review. {@link
 * org.galen.editorial.Backup} copies a data directory consistently: the index's last commit (through
 * {@link org.galen.index.IndexFiles}), the article database and the vocabularies.
 */
package org.galen.editorial;
