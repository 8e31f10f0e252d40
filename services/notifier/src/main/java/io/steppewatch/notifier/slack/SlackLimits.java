package io.steppewatch.notifier.slack;

/** Slack's documented limits for Block Kit messages sent to incoming webhooks. */
public final class SlackLimits {

    /** A header block's plain_text. */
    public static final int HEADER_TEXT = 150;
    /** A section block's text. */
    public static final int SECTION_TEXT = 3000;
    /** One of a section block's fields. */
    public static final int SECTION_FIELD_TEXT = 2000;
    /** Fields in one section block. */
    public static final int SECTION_FIELDS = 10;
    /** Elements in one context block. */
    public static final int CONTEXT_ELEMENTS = 10;
    /** Blocks in one message. */
    public static final int BLOCKS = 50;
    /**
     * The top-level {@code text} (notification and fallback). Slack truncates past 40,000 characters and
     * advises staying under 4,000; we keep to the advice.
     */
    public static final int FALLBACK_TEXT = 4000;

    private SlackLimits() {
    }
}
