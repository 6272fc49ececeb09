package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * One plugin directory's class loader (ADR 0031): its own jars first and only, over the platform
 * class loader, so a plugin sees the JDK, the adapter SPI and the JSON model — never the host's
 * libraries or classes, and never another plugin's. The SPI packages come from the host, so the
 * host and the plugin agree on what a {@code VendorAdapter} is.
 */
final class PluginClassLoader extends URLClassLoader {

    static final String[] SHARED_PACKAGES = {"io.cadbridge.spi.", "io.cadbridge.json."};

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader host;

    PluginClassLoader(String name, URL[] jars, ClassLoader host) {
        super(name, jars, ClassLoader.getPlatformClassLoader());
        this.host = requireNonNull(host, "host is null");
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        for (String shared : SHARED_PACKAGES) {
            if (name.startsWith(shared)) {
                return host.loadClass(name);
            }
        }
        return super.loadClass(name, resolve);
    }
}
