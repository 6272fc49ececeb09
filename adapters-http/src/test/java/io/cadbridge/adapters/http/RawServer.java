package io.cadbridge.adapters.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A plain TCP server for what MockWebServer cannot do: answers written byte by byte by the test. */
final class RawServer implements AutoCloseable {

    /** What the server does with one accepted connection whose request head has been read. */
    @FunctionalInterface
    interface Handler {
        void handle(Socket socket) throws IOException;
    }

    private final ServerSocket socket;
    private final Thread acceptor;

    private RawServer(ServerSocket socket, Thread acceptor) {
        this.socket = socket;
        this.acceptor = acceptor;
    }

    static RawServer start(Handler handler) throws IOException {
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = Thread.ofVirtual().start(() -> {
            while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                    readRequestHead(connection);
                    handler.handle(connection);
                } catch (IOException closedOrHungUp) {
                    // The client hung up, or the test is over.
                }
            }
        });
        return new RawServer(socket, acceptor);
    }

    String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    private static void readRequestHead(Socket connection) throws IOException {
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
        String line;
        do {
            line = reader.readLine();
        } while (line != null && !line.isEmpty());
    }

    @Override
    public void close() {
        try {
            socket.close();
            acceptor.join(5_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
