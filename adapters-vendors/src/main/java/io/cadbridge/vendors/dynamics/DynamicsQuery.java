package io.cadbridge.vendors.dynamics;

import io.cadbridge.spi.PhoneNumber;
import io.cadbridge.spi.VendorRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one Web API call of a lookup: contacts whose phone columns equal one of the caller's number's
 * spellings (OData {@code eq} compares whole strings, so every usual spelling is asked for:
 * the host's {@code PhoneNumber.variants()}), newest first,
 * with their active cases expanded and labels annotated.
 */
final class DynamicsQuery {

    static final String PURPOSE = "contact search";
    static final String CASES = "incident_customer_contacts";
    static final String PREFER = "odata.include-annotations=\"OData.Community.Display.V1.FormattedValue\"";

    /** How many contacts are read: the newest is shown, the count says whether the number is shared. */
    static final int MAX_MATCHES = 5;

    private static final List<String> CONTACT_COLUMNS = List.of(
            "contactid",
            "fullname",
            "firstname",
            "lastname",
            "emailaddress1",
            "telephone1",
            "mobilephone",
            "_parentcustomerid_value",
            "modifiedon");

    private DynamicsQuery() {}

    static VendorRequest byPhone(DynamicsSettings settings, PhoneNumber phone) {
        List<String> comparisons = new ArrayList<>();
        for (String field : settings.phoneFields()) {
            for (String variant : phone.variants()) {
                comparisons.add(field + " eq " + literal(variant));
            }
        }
        return contacts(settings, String.join(" or ", comparisons));
    }

    static VendorRequest byEmail(DynamicsSettings settings, String email) {
        return contacts(settings, "emailaddress1 eq " + literal(email));
    }

    private static VendorRequest contacts(DynamicsSettings settings, String filter) {
        Set<String> columns = new LinkedHashSet<>(CONTACT_COLUMNS);
        columns.addAll(settings.phoneFields());
        VendorRequest request = VendorRequest.get(PURPOSE, settings.contactsPath())
                .withQuery("$select", String.join(",", columns))
                .withQuery("$filter", filter);
        if (settings.maxCases() > 0) {
            request = request.withQuery(
                    "$expand",
                    CASES + "($select=incidentid,ticketnumber,title,statuscode,prioritycode,createdon"
                            + ";$filter=statecode eq 0;$orderby=createdon desc;$top=" + settings.maxCases() + ")");
        }
        return request.withQuery("$orderby", "modifiedon desc")
                .withQuery("$top", String.valueOf(MAX_MATCHES))
                .withQuery("$count", "true")
                .withHeader("Prefer", PREFER)
                .withHeader("OData-MaxVersion", "4.0")
                .withHeader("OData-Version", "4.0");
    }

    /** An OData string literal: quoted, with a quote doubled. */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
