package io.cadbridge.application.port.in;

import io.cadbridge.domain.integration.VendorInfo;
import java.util.List;

/** The vendor adapters an integration may name, with their settings schema and capabilities. */
public interface ListVendorsUseCase {

    List<VendorInfo> vendors();
}
