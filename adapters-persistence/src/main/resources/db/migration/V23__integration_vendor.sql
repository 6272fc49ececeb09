-- Issue 13: an integration whose calls a vendor adapter makes (ADR 0031): the adapter's name and its
-- settings (never secrets: those stay in integration_secret, sealed).
alter table integration
    add column vendor          text,
    add column vendor_settings jsonb,
    add constraint integration_vendor_settings_with_vendor
        check ((vendor is null) = (vendor_settings is null));
