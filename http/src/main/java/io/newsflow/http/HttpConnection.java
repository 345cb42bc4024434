package io.newsflow.http;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;

/**
 * Serves one client connection: reads a request, answers it, and again while the connection is kept alive (HTTP/1.1
 * keeps it by default). A request the {@link RequestReader} refuses is answered with the JSON error and ends the
 * connection, as does a request that announced a body the server never reads.
 */
final class HttpConnection implements Runnable {

    /** How long closing waits for the client to finish sending, so that it reads the answer instead of a reset. */
    private static final Duration LINGER = Duration.ofSeconds(1);
    private static final int LINGER_MAX_BYTES = 1 << 20;

    private final Socket socket;
    private final Handler handler;
    /** True while a request is being answered; {@link #closeIfIdle()} leaves such a connection alone. */
    private volatile boolean busy;

    HttpConnection(Socket socket, Handler handler) {
        this.socket = socket;
        this.handler = handler;
    }

    @Override
    public void run() {
        try (socket) {
            // Answers are written whole through a buffer; without this, Nagle's algorithm holds the tail of one
            // larger than a packet until the client's delayed ACK, 40 ms later on Linux.
            socket.setTcpNoDelay(true);
            var reader = new RequestReader(socket);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            boolean open = true;
            while (open) {
                ApiRequest request;
                try {
                    request = reader.next();
                } catch (HttpError e) {
                    ApiResponse.error(e.status(), e.getMessage()).write(out, true, true);
                    linger();
                    return;
                }
                if (request == null) {
                    return;
                }
                busy = true;
                ApiResponse response = handler.answer(request);
                response.write(out, !request.isHead() && response.status() != 204, !request.keepAlive());
                busy = false;
                open = request.keepAlive() && !socket.isClosed();
            }
            linger();
        } catch (IOException e) {
            // The client went away, or the server is closing: there is no one left to answer.
        }
    }

    /** Closes the connection unless it is answering a request; for the server's shutdown. */
    void closeIfIdle() {
        if (!busy) {
            close();
        }
    }

    void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    /**
     * Ends the connection gently: signals the end of the answer, then reads and drops what the client still sends
     * (the rest of a refused head, a body) for a moment. Closing with unread data would make the system send a
     * reset, and the client could lose the answer.
     */
    private void linger() throws IOException {
        socket.shutdownOutput();
        socket.setSoTimeout((int) LINGER.toMillis());
        long deadline = System.nanoTime() + LINGER.toNanos();
        InputStream in = socket.getInputStream();
        byte[] sink = new byte[8192];
        int total = 0;
        while (total < LINGER_MAX_BYTES && System.nanoTime() < deadline) {
            int read = in.read(sink);
            if (read < 0) {
                return;
            }
            total += read;
        }
    }
}
