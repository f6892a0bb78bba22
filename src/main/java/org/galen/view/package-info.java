/**
 * Output shapes shared by the two front ends, {@code cli} and {@code web}: what a search hit or a
 * document looks like in JSON, which source addresses may become links, and the Pebble templates
 * both render with, and the article's model ({@code ArticleView}: each dose's one-line reading, each
 * reference's evidence label). Nothing here asks, stores or decides what an article says.
 */
package org.galen.view;
