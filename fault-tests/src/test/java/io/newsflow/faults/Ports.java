package io.newsflow.faults;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A free port on 127.0.0.1 for a process the suite starts and may restart on the same port. */
final class Ports {

    private Ports() {
    }

    static int free() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
