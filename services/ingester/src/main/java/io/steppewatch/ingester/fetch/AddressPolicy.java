package io.steppewatch.ingester.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which addresses the ingester may connect to. Loopback, private, link-local (which holds the cloud
 * metadata endpoints), carrier-grade NAT, unique-local, multicast and reserved ranges are refused,
 * unless an allowlist entry (a CIDR block) covers the address. A feed URL is user input and a redirect
 * is someone else's input: both must never reach the inside of the network the ingester runs in.
 */
public final class AddressPolicy {

    private static final List<Cidr> REFUSED = List.of(
            Cidr.parse("0.0.0.0/8"),
            Cidr.parse("10.0.0.0/8"),
            Cidr.parse("100.64.0.0/10"),
            Cidr.parse("127.0.0.0/8"),
            Cidr.parse("169.254.0.0/16"),
            Cidr.parse("172.16.0.0/12"),
            Cidr.parse("192.0.0.0/24"),
            Cidr.parse("192.0.2.0/24"),
            Cidr.parse("192.168.0.0/16"),
            Cidr.parse("198.18.0.0/15"),
            Cidr.parse("198.51.100.0/24"),
            Cidr.parse("203.0.113.0/24"),
            Cidr.parse("224.0.0.0/3"),
            Cidr.parse("::/128"),
            Cidr.parse("::1/128"),
            Cidr.parse("64:ff9b::/96"),
            Cidr.parse("100::/64"),
            Cidr.parse("2001:db8::/32"),
            Cidr.parse("fc00::/7"),
            Cidr.parse("fe80::/10"),
            Cidr.parse("fec0::/10"),
            Cidr.parse("ff00::/8"));

    private final List<Cidr> allowed;

    private AddressPolicy(List<Cidr> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** Refuses every internal range, allows nothing extra. */
    public static AddressPolicy strict() {
        return new AddressPolicy(List.of());
    }

    /**
     * Refuses every internal range except the given CIDR blocks (e.g. {@code 127.0.0.1/32}).
     *
     * @throws IllegalArgumentException naming the entry that is not a CIDR block or address
     */
    public static AddressPolicy allowing(List<String> cidrs) {
        List<Cidr> parsed = new ArrayList<>();
        for (String c : cidrs) {
            if (!c.isBlank()) {
                parsed.add(Cidr.parse(c.strip()));
            }
        }
        return new AddressPolicy(parsed);
    }

    /** Whether a connection to {@code address} is allowed. */
    public boolean permits(InetAddress address) {
        for (Cidr c : allowed) {
            if (c.contains(address)) {
                return true;
            }
        }
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        if (address instanceof Inet6Address v6 && embeddedIpv4(v6) != null) {
            // IPv4-compatible, mapped or NAT64 forms are judged by the IPv4 address they carry.
            return permits(embeddedIpv4(v6));
        }
        for (Cidr c : REFUSED) {
            if (c.contains(address)) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress embeddedIpv4(Inet6Address v6) {
        byte[] b = v6.getAddress();
        boolean mapped = true;
        for (int i = 0; i < 10; i++) {
            mapped &= b[i] == 0;
        }
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
        if (!(mapped && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) && !nat64) {
            return null;
        }
        if (mapped && b[10] == 0 && b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1)) {
            return null; // :: and ::1 are handled as themselves
        }
        try {
            return Inet4Address.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** A CIDR block. */
    record Cidr(byte[] network, int prefix) {

        static Cidr parse(String text) {
            int slash = text.indexOf('/');
            String addr = slash < 0 ? text : text.substring(0, slash);
            if (!addr.matches("[0-9a-fA-F:.]+")) {
                // Only literal addresses: a host name here would trigger a DNS lookup.
                throw new IllegalArgumentException("not an IP address or CIDR block: " + text);
            }
            byte[] bytes;
            try {
                bytes = InetAddress.getByName(addr).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an IP address or CIDR block: " + text, e);
            }
            int prefix;
            try {
                prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad prefix length in " + text, e);
            }
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("bad prefix length in " + text);
            }
            return new Cidr(bytes, prefix);
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (a[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (a[full] & mask) == (network[full] & mask);
        }
    }
}
