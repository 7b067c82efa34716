package com.frameworkfork.web.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.coyote.BadRequestException;
import org.apache.coyote.InputBuffer;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.tomcat.util.net.ApplicationBufferHandler;

/**
 * Gives each request body one deadline. Tomcat only times out each read, so a client sending a
 * byte every few seconds could keep a worker thread waiting for as long as it liked, and a few
 * hundred such clients took every worker. Tomcat reads form bodies itself, below every servlet
 * filter, so the deadline sits in the container's own input buffer, where every read passes. A body
 * the application left unread is read and dropped here under the same deadline, as Tomcat would
 * (so a fast client's answer is not lost to a reset connection), but without Tomcat's wait on a
 * slow one: past the deadline or Tomcat's swallow limit the connection is closed instead.
 */
public final class RequestBodyDeadline extends ValveBase {

    private final long deadlineNanos;

    RequestBodyDeadline(Duration deadline) {
        super(true);
        this.deadlineNanos = deadline.toNanos();
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        org.apache.coyote.Request exchange = request.getCoyoteRequest();
        InputBuffer container = exchange.getInputBuffer();
        Guarded guarded = new Guarded(container, exchange, System.nanoTime() + deadlineNanos);
        exchange.setInputBuffer(guarded);
        try {
            getNext().invoke(request, response);
        } finally {
            try {
                if (guarded.bodyLeftUnread() && !guarded.discardRest(swallowLimit(request))) {
                    sendAnswerSoFar(response);
                    exchange.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
                }
            } finally {
                exchange.setInputBuffer(container);
            }
        }
    }

    /** Commits the application's answer before the connection is closed, so the client gets that answer. */
    private static void sendAnswerSoFar(Response response) {
        try {
            response.flushBuffer();
        } catch (IOException clientGone) {
            // Nothing left to tell it.
        }
    }

    private static long swallowLimit(Request request) {
        return request.getConnector().getProtocolHandler() instanceof AbstractHttp11Protocol<?> http
                ? http.getMaxSwallowSize() : 0;
    }

    /** The body did not arrive in time; Tomcat answers a read that fails this way as the client's error. */
    public static final class Exceeded extends BadRequestException {

        Exceeded() {
            super("The request body did not arrive within its deadline");
        }

        public static boolean isCauseOf(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof Exceeded) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class Guarded implements InputBuffer {

        private final InputBuffer container;
        private final org.apache.coyote.Request exchange;
        private final long deadline;
        private boolean ended;

        Guarded(InputBuffer container, org.apache.coyote.Request exchange, long deadline) {
            this.container = container;
            this.exchange = exchange;
            this.deadline = deadline;
        }

        @Override
        public int doRead(ApplicationBufferHandler handler) throws IOException {
            if (!ended && !allDeclaredBytesRead() && System.nanoTime() - deadline > 0) {
                throw new Exceeded();
            }
            int n = container.doRead(handler);
            if (n < 0) {
                ended = true;
            }
            return n;
        }

        @Override
        public int available() {
            return container.available();
        }

        private boolean allDeclaredBytesRead() {
            long declared = exchange.getContentLengthLong();
            return declared >= 0 && exchange.getBytesRead() >= declared;
        }

        /** Reads what is left of the body and drops it; false when it did not end in time or within the limit. */
        boolean discardRest(long limit) {
            ApplicationBufferHandler dropped = new ApplicationBufferHandler() {
                private ByteBuffer buffer = EMPTY_BUFFER;

                @Override
                public void setByteBuffer(ByteBuffer buffer) {
                    this.buffer = buffer;
                }

                @Override
                public ByteBuffer getByteBuffer() {
                    return buffer;
                }

                @Override
                public void expand(int size) {
                }
            };
            long start = exchange.getBytesRead();
            try {
                while (exchange.doRead(dropped) >= 0) {
                    if (limit >= 0 && exchange.getBytesRead() - start > limit) {
                        return false;
                    }
                }
                return true;
            } catch (IOException tooSlowOrGone) {
                return false;
            }
        }

        boolean bodyLeftUnread() {
            long declared = exchange.getContentLengthLong();
            if (declared >= 0) {
                return exchange.getBytesRead() < declared;
            }
            return !ended && "chunked".equalsIgnoreCase(exchange.getHeader("Transfer-Encoding"));
        }
    }
}
