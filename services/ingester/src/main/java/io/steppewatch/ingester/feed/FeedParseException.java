package io.steppewatch.ingester.feed;

/** A feed document that cannot be read, with a reason that groups failures for logs, metrics and reports. */
public final class FeedParseException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a feed was rejected. */
    public enum Reason {
        /** No bytes at all. */
        EMPTY,
        /** The bytes could not be decoded in any declared or sniffed encoding. */
        ENCODING,
        /** The document declares entities: refused so that no entity is ever expanded or fetched. */
        ENTITY_DECLARATION,
        /** The document is not well-formed XML. */
        MALFORMED_XML,
        /** Well-formed XML, but no feed format Rome knows. */
        UNKNOWN_FORMAT,
        /** Larger than the configured limit. */
        TOO_LARGE,
        /** Anything else the parser threw. */
        PARSER_ERROR
    }

    private final Reason reason;

    public FeedParseException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
