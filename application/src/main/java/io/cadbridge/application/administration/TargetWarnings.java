package io.cadbridge.application.administration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.TargetCheck;
import io.cadbridge.domain.exchange.ProxySetting;
import io.cadbridge.domain.integration.AuthenticationSetting;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.validation.ValidationProblem;
import java.util.ArrayList;
import java.util.List;

/** The warnings of a saved integration: what the SSRF guard will refuse to call, at its pointer. */
final class TargetWarnings {

    private final TargetCheck targets;

    TargetWarnings(TargetCheck targets) {
        this.targets = requireNonNull(targets, "targets is null");
    }

    /**
     * What is saved but will not work as written: a CRM, token or proxy address the SSRF guard refuses
     * (a warning, not a refusal: the operator may allow it without touching the integration).
     */
    List<ValidationProblem> of(Integration integration) {
        List<ValidationProblem> warnings = new ArrayList<>();
        targets.refusalOfUrl(integration.endpointUrl().source())
                .ifPresent(refusal -> warnings.add(new ValidationProblem("/endpointUrl", refusal)));
        if (integration.configuration().request().authentication() instanceof AuthenticationSetting.OAuth oauth) {
            targets.refusalOfUrl(oauth.accessTokenUrl())
                    .ifPresent(refusal -> warnings.add(
                            new ValidationProblem("/configuration/request/authentication/access_token_url", refusal)));
        }
        if (integration.configuration().request().proxy() instanceof ProxySetting.Address proxy) {
            targets.refusalOfHost(proxy.host(), proxy.port())
                    .ifPresent(refusal -> warnings.add(new ValidationProblem("/configuration/request/proxy", refusal)));
        }
        return warnings;
    }
}
