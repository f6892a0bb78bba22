package org.galen.answer;

/**
 * One dosing instruction found in a cited statement. Every field is a verbatim substring of
 * {@code text} (empty when the source does not say it): Galen never rounds, converts or completes
 * a number.
 *
 * @param drug the drug's DrugBank common name (normalised), with {@code drugbankId}
 * @param amount the number or range as written ({@code "250 - 500"}); when the two ends carry
 *     different units ({@code "500 mg -1 g"}) the whole range, units included, with {@code unit} empty
 * @param text the whole sentence the dose was read from
 * @param source where {@code text} is in its document
 * @param citation the reference number of that document in the answer
 */
public record Dose(String drug, String drugbankId, String amount, String unit, String route, String frequency,
    String duration, String population, String text, SourceSpan source, int citation) {}
