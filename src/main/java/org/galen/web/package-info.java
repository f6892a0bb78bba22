/**
 * Stage 7, web: {@code galen serve}'s pages and JSON API on Javalin, configured in code in
 * {@link org.galen.web.WebServer}. Handlers are tiny and call {@link org.galen.web.Backend}
 * (asking, stored articles, retrieval, the index); the HTML templates under {@code templates/}
 * escape every value (the CLI's text and Markdown templates print values as they are). To add an API call, add a {@code Route} in {@code ApiRoutes} and describe it in
 * {@code openapi.json}: a test fails until both agree.
 */
package org.galen.web;
