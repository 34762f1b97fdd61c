package vn.giaoviec.kernel;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node of a cluster, by a name that survives its restarts: {@code giaoviec.node-id}, by default
 * the host's name. It owns the engine's job locks and the mail outbox's claims, so a restarted node
 * takes back at once what it held when it died. Nodes sharing a host must each set their own id;
 * ports and working directories play no part.
 */
@Component
public class Node {

    private final String id;

    Node(@Value("${giaoviec.node-id:}") String configured) {
        this.id = configured == null || configured.isBlank() ? hostName() : configured.trim();
    }

    public String id() {
        return id;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "giaoviec";
        }
    }
}
