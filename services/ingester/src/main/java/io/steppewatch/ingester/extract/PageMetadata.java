package io.steppewatch.ingester.extract;

import java.time.Instant;

/** What a page says about itself in markup meant for machines (JSON-LD, OpenGraph, meta tags). */
record PageMetadata(String title, String author, Instant published, String language, String structuredBody) {
}
