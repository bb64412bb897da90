extension ProjectConfig {
    /// The commented starter configuration that `kcplint init` writes. Every setting is commented out, so
    /// the file changes nothing until edited; it loads without problems as it is.
    public static let starter = """
        # kcplint project configuration (https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1).
        # kcplint finds this file by walking up from the working directory; `--config FILE` names another one
        # and `--no-config` ignores it. Paths and patterns are relative to this file's folder.
        # Command-line flags win over these settings.
        version: 1

        # Message language: en or ko (default: from LC_ALL / LANG).
        # language: ko

        # The lowest severity that fails the run (exit code 1): error, warning or info.
        # failOn: error

        # Fail when there are more warnings than this.
        # maxWarnings: 0

        # Folders are searched for *.json files; add more patterns here.
        # include:
        #   - "payloads/**/*.payload"

        # Never checked, even when named on the command line (pre-commit passes every staged .json file).
        # Hidden folders, .git, .build and node_modules are always skipped.
        # exclude:
        #   - "package.json"
        #   - "fixtures/broken/**"

        # Catalogue files with your own rules and overrides (format: Rules/FORMAT.md of kcplint).
        # rules:
        #   - kcplint/shop-rules.yaml

        # Change the severity of rules everywhere: error, warning, info or off (`kcplint rules` lists them).
        # overrides:
        #   field-unknown: error
        #   field-deprecated: off

        # Settings for some files; later entries win. `FILE#/json/pointer` narrows an entry to one member.
        # paths:
        #   - match: "subscriptions/*.json"
        #     kind: rest-again               # check these files as this kind instead of detecting it
        #   - match: "legacy/**"
        #     overrides: {field-deprecated: info}
        #   - match: "checkout/pay.json#/bypass/shop_user_id"
        #     overrides: {field-unknown: off}

        # Findings you accept, each with a reason and perhaps a last day (YYYY-MM-DD). kcplint warns about an entry
        # that no longer matches a finding (suppression-unused) and, after `until`, reports its findings again
        # (suppression-expired).
        # suppress:
        #   - match: "checkout/gift.json#/bypass/shop_user_id"
        #     rules: [field-unknown]
        #     reason: "KCP gift cards need it (PortOne support)"
        #     until: 2027-03-31

        # Fail only on new findings: `kcplint check --write-baseline kcplint-baseline.json payloads/` records the
        # current ones; later runs report only what the baseline does not hold.
        # baseline: kcplint-baseline.json

        """
}
