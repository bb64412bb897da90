#!/usr/bin/env python3
"""Writes Sources/KCPLint/Catalogue/DefaultCatalogue+Generated.swift from Rules/*.yaml.

The test `GeneratedFilesTests` renders the same text in Swift and fails when the file is stale;
`KCPLINT_RECORD=1 swift test --filter GeneratedFiles` rewrites it too.
"""
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
rules = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root / "Rules"
out = ["// Generated from Rules/*.yaml. Do not edit: run `KCPLINT_RECORD=1 swift test --filter GeneratedFiles`.",
       "", "/// The default catalogue files, compiled into the library.", "enum DefaultCatalogueFiles {",
       "    static let files: [(name: String, text: String)] = ["]
for path in sorted(rules.glob("*.yaml")):
    text = path.read_text(encoding="utf-8")
    out.append(f'        ("{path.name}", #####"""')
    out.append(text.rstrip("\n"))
    out.append('"""#####),')
out += ["    ]", "}", ""]
(root / "Sources/KCPLint/Catalogue/DefaultCatalogue+Generated.swift").write_text("\n".join(out), encoding="utf-8")
