/**
 * Output shapes shared by the two front ends, {@code cli} and {@code web}: what a search hit or a
 * document looks like in JSON. No logic beyond choosing fields.
 */
package org.galen.view;
