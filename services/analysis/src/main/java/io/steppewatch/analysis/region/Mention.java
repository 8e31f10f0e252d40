package io.steppewatch.analysis.region;

/**
 * One occurrence of a gazetteer name in a text.
 *
 * @param code  country (ISO 3166 alpha-2), bloc, corridor or {@code REGION} code
 * @param kind  what the matched name is
 * @param start char offset of the first character of the match
 * @param end   char offset just after the match
 */
public record Mention(String code, PlaceKind kind, int start, int end) {
}
