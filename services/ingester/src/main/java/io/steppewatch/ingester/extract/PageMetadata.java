package io.steppewatch.ingester.extract;

import java.time.Instant;

import io.steppewatch.avro.DatePrecision;

/** What a page says about itself in markup meant for machines (JSON-LD, OpenGraph, meta tags). */
record PageMetadata(String title, String author, Instant published, DatePrecision publishedPrecision, String language,
                    String structuredBody) {
}
