package io.cadbridge.testkit;

import static java.util.Objects.requireNonNull;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * A class loader like the host's plugin loader: the adapter's code source only, over the platform
 * class loader, with just the SPI and the JSON model taken from the host.
 */
final class IsolatedLoader extends URLClassLoader {

    private static final String[] SHARED_PACKAGES = {"io.cadbridge.spi.", "io.cadbridge.json."};

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader host;

    IsolatedLoader(URL codeSource, ClassLoader host) {
        super("isolated-vendor-adapter", new URL[] {codeSource}, ClassLoader.getPlatformClassLoader());
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
