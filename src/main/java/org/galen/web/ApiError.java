package org.galen.web;

/** Every API error: a stable code ({@code bad_request}, {@code not_found}...) and a message for people. */
public record ApiError(String error, String message) {}
