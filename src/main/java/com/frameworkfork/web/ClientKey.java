package com.frameworkfork.web;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who a request counts as for the rate limits and the sign-in lockout: the client address, which
 * Tomcat's RemoteIpValve takes from X-Forwarded-For only when a trusted proxy sent it. An IPv6
 * client is usually given a whole /64 and can send from any address in it, so the /64 is the
 * client; an IPv4 client is its full address.
 */
public final class ClientKey {

    private static final int PREFIX_BYTES = 8;

    private ClientKey() {
    }

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr());
    }

    public static String of(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        int zone = address.indexOf('%');
        String literal = zone < 0 ? address : address.substring(0, zone);
        try {
            // In brackets the JDK parses the text as an IPv6 literal and never looks it up as a host name.
            InetAddress parsed = InetAddress.getByName("[" + literal + "]");
            if (parsed instanceof Inet4Address mapped) {
                return mapped.getHostAddress();
            }
            byte[] bytes = parsed.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < PREFIX_BYTES; i += 2) {
                prefix.append(Integer.toHexString((bytes[i] & 0xff) << 8 | bytes[i + 1] & 0xff)).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
