/**
 * Output shapes shared by the two front ends, {@code cli} and {@code web}: what a search hit or a
 * document looks like in JSON, which source addresses may become links, and the Pebble templates
 * both render with. No logic beyond choosing fields.
 */
package org.galen.view;
