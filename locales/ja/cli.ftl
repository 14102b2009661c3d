## 日本語 — cli.
## One message per id; the code asks by id (src/catalogue.rs, ui/src/catalogue.ts). Keep the
## ids, attributes and variables the same in both languages (tests/catalogue.rs checks it).


# --ca-file could not be used. $why: the engine's reason (English).
cli-ca-file-error = --ca-file に指定した証明書ファイル「{ $path }」を使えません（{ $why }）。ファイルの場所と中身（PEM 形式）を確かめてください。
