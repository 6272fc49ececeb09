package io.cadbridge.application.administration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.ListVendorsUseCase;
import io.cadbridge.application.port.in.ManageIntegrationsUseCase;
import io.cadbridge.application.port.in.SaveOutcome;
import io.cadbridge.application.port.out.Directory;
import io.cadbridge.application.port.out.IntegrationRepository;
import io.cadbridge.application.port.out.TargetCheck;
import io.cadbridge.application.port.out.VendorCatalog;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationDraft;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.integration.Secrets;
import io.cadbridge.domain.integration.VendorInfo;
import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.domain.validation.ValidationProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks and compiles integrations when they are saved, so events never meet a broken one. */
public final class IntegrationService implements ManageIntegrationsUseCase, ListVendorsUseCase {

    private final IntegrationRepository repository;
    private final VendorCatalog vendors;
    private final SaveChecks checks;
    private final TargetWarnings warnings;

    public IntegrationService(
            IntegrationRepository repository, Directory directory, IntegrationPolicy policy, TargetCheck targets) {
        this(repository, directory, policy, targets, VendorCatalog.NONE);
    }

    public IntegrationService(
            IntegrationRepository repository,
            Directory directory,
            IntegrationPolicy policy,
            TargetCheck targets,
            VendorCatalog vendors) {
        this.repository = requireNonNull(repository, "repository is null");
        this.vendors = requireNonNull(vendors, "vendors is null");
        this.checks = new SaveChecks(policy, directory);
        this.warnings = new TargetWarnings(targets);
    }

    @Override
    public SaveOutcome create(CreateIntegrationCommand command) {
        return compileAndSave(
                IntegrationId.random(), command.draft(), command.secrets().applyTo(Secrets.NONE), true);
    }

    @Override
    public SaveOutcome replace(ReplaceIntegrationCommand command) {
        Optional<Integration> current = repository.findById(command.id());
        if (current.isEmpty()) {
            return new SaveOutcome.NotFound(command.id());
        }
        Secrets secrets = command.secrets().applyTo(current.get().secrets());
        return compileAndSave(command.id(), command.draft(), secrets, false);
    }

    private SaveOutcome compileAndSave(IntegrationId id, IntegrationDraft draft, Secrets secrets, boolean created) {
        List<ValidationProblem> settingsProblems = draft.vendor()
                .map(vendor -> vendors.checkSettings(vendor.name(), vendor.settings()))
                .orElse(List.of());
        Integration integration;
        try {
            integration = draft.compile(id, secrets, vendors);
        } catch (ValidationException e) {
            List<ValidationProblem> all = new ArrayList<>(e.problems());
            all.addAll(settingsProblems);
            return new SaveOutcome.Invalid(all);
        }
        if (!settingsProblems.isEmpty()) {
            return new SaveOutcome.Invalid(settingsProblems);
        }
        List<ValidationProblem> problems = checks.check(integration);
        if (!problems.isEmpty()) {
            return new SaveOutcome.Invalid(problems);
        }
        repository.save(integration);
        return new SaveOutcome.Saved(integration, created, warnings.of(integration));
    }

    @Override
    public List<VendorInfo> vendors() {
        return vendors.installed();
    }

    @Override
    public boolean delete(IntegrationId id) {
        return repository.delete(id);
    }

    @Override
    public Optional<Integration> find(IntegrationId id) {
        return repository.findById(id);
    }

    @Override
    public List<Integration> list() {
        return repository.findAll();
    }
}
