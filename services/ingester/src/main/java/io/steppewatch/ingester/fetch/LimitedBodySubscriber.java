package io.steppewatch.ingester.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a byte limit and cancels the transfer as soon as it goes over, so a
 * huge or endless body costs at most {@code limit} bytes of memory.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    /** Signals that the body went over the limit. */
    static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLargeException(String message) {
            super(message);
        }
    }

    private final long limit;
    private final boolean failWhenOver;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    /**
     * @param limit        most bytes kept
     * @param failWhenOver true: fail the body when over; false: keep the first {@code limit} bytes and stop
     */
    LimitedBodySubscriber(long limit, boolean failWhenOver) {
        this.limit = limit;
        this.failWhenOver = failWhenOver;
    }

    /** A handler that refuses by Content-Length before reading when it can. */
    static HttpResponse.BodyHandler<byte[]> handler(long successLimit) {
        return info -> {
            boolean success = info.statusCode() >= 200 && info.statusCode() < 300;
            long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
            if (success && declared > successLimit) {
                LimitedBodySubscriber refusing = new LimitedBodySubscriber(0, true);
                refusing.result.completeExceptionally(new BodyTooLargeException(
                        "Content-Length " + declared + " over limit " + successLimit));
                return refusing;
            }
            // Error and redirect bodies are never used: keep a little for diagnostics, drop the rest.
            return success ? new LimitedBodySubscriber(successLimit, true) : new LimitedBodySubscriber(4096, false);
        };
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        this.subscription = s;
        if (result.isDone()) {
            s.cancel();
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : items) {
            int n = b.remaining();
            if (buffer.size() + (long) n > limit) {
                subscription.cancel();
                if (failWhenOver) {
                    result.completeExceptionally(new BodyTooLargeException("body over limit " + limit + " bytes"));
                } else {
                    byte[] head = new byte[(int) (limit - buffer.size())];
                    b.get(head);
                    buffer.writeBytes(head);
                    result.complete(buffer.toByteArray());
                }
                return;
            }
            byte[] chunk = new byte[n];
            b.get(chunk);
            buffer.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }
}
