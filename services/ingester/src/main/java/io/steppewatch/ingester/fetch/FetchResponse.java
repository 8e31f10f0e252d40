package io.steppewatch.ingester.fetch;

import java.net.URI;

/**
 * A successful fetch: a 2xx with its (decoded) body, or a 304.
 *
 * @param status       HTTP status (200 for a local file)
 * @param finalUri     where the content was found after redirects
 * @param body         decoded body; empty for a 304
 * @param contentType  Content-Type header, or null
 * @param etag         ETag header, or null
 * @param lastModified Last-Modified header, or null
 */
public record FetchResponse(int status, URI finalUri, byte[] body, String contentType, String etag, String lastModified) {

    public boolean notModified() {
        return status == 304;
    }
}
