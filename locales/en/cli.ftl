## English — cli.
## One message per id; the code asks by id (src/catalogue.rs, ui/src/catalogue.ts). Keep the
## ids, attributes and variables the same in both languages (tests/catalogue.rs checks it).


# --ca-file could not be used. $why: the engine's reason (English).
cli-ca-file-error = The certificate file given with --ca-file, “{ $path }”, cannot be used ({ $why }). Check its path and that it is PEM.
