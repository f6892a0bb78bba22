/**
 * Stage 6, editorial: stores the articles the answer stage writes, with the conversations that
 * asked for them, in an embedded SQLite database whose schema Flyway migrates
 * ({@code src/main/resources/db/migration}; portable SQL, so PostgreSQL can run it later). Every
 * article starts {@link org.galen.editorial.ReviewStatus#SUBMITTED}: pending human review. The
 * review workflow, versions and users build on these tables.
 */
package org.galen.editorial;
