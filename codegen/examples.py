"""Examples of one API call in other languages: curl, Node.js (built-in `fetch`), Go (`net/http`), PHP with
Laravel's HTTP client (the `Http` facade) and PHP with the curl extension, rendered from a `Call` that
`codegen/docs.py` builds from the spec's examples.

Every example is a whole program that runs as shown: the token from `LEADIOSA_TOKEN`, the base URL from
`LEADIOSA_BASE_URL` (the public API when unset), the JSON body or multipart upload, the error envelope read on
any status of 400 or more (with the Retry-After of a 429), and the response body printed as JSON (the status
code for an operation that returns no body). `make docs-check` runs each one against the sandbox.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

SERVER = "https://leadiosa.com/api/v1"
NO_BODY = object()


@dataclass
class Call:
    method: str
    path: str  # path parameters filled in and the query string appended, percent-encoded
    json_body: Any = NO_BODY
    file: tuple[str, str, str] | None = None  # multipart: (field, file name, content)
    form: dict[str, str] = field(default_factory=dict)  # multipart: the other fields
    returns_json: bool = True


def _indent(text: str, spaces: int) -> str:
    return "\n".join((" " * spaces + line) if line else line for line in text.split("\n"))


# -- curl -------------------------------------------------------------------------------------------------
def _sh_single(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def _sh_ansi(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\t", "\\t")
    return "$'" + escaped + "'"


def curl(call: Call) -> str:
    lines = [f'curl --fail-with-body -sS -X {call.method} "${{LEADIOSA_BASE_URL:-{SERVER}}}{call.path}"',
             '-H "Authorization: Bearer $LEADIOSA_TOKEN"']  # fmt: skip
    prefix = ""
    if call.json_body is not NO_BODY:
        lines += ['-H "Content-Type: application/json"', f"-d {_sh_single(json.dumps(call.json_body))}"]
    if call.file is not None:
        name, file_name, content = call.file
        prefix = f"printf '%s' {_sh_ansi(content)} | "
        lines.append(f'-F "{name}=@-;filename={file_name}"')
        lines += [f"-F {_sh_single(f'{k}={v}')}" for k, v in call.form.items()]
    if not call.returns_json:
        lines.append("-w '%{http_code}\\n'")
    head = "# --fail-with-body: on a status of 400 or more, print the error envelope and exit with 22\n"
    return head + prefix + " \\\n  ".join(lines)


# -- Node.js ----------------------------------------------------------------------------------------------
def node(call: Call) -> str:
    out = [f'const base = process.env.LEADIOSA_BASE_URL ?? "{SERVER}";']
    headers = ["    Authorization: `Bearer ${process.env.LEADIOSA_TOKEN}`,"]
    body = None
    if call.json_body is not NO_BODY:
        headers.append('    "Content-Type": "application/json",')
        body = f"JSON.stringify({_indent(json.dumps(call.json_body, indent=2), 2).lstrip()})"
    if call.file is not None:
        name, file_name, content = call.file
        blob = f"new Blob([{json.dumps(content)}])"
        out += ["const form = new FormData();  // fetch sets the multipart Content-Type and boundary",
                f"form.append({json.dumps(name)}, {blob}, {json.dumps(file_name)});"]  # fmt: skip
        out += [f"form.append({json.dumps(k)}, {json.dumps(v)});" for k, v in call.form.items()]
        body = "form"
    out += [f"const response = await fetch(`${{base}}{call.path}`, {{", f'  method: "{call.method}",', "  headers: {"]
    out += headers + ["  },"] + ([f"  body: {body},"] if body else []) + ["});"]
    out += [
        "if (!response.ok) {",
        '  // errors come as {"error": {"code", "message", "request_id"}}; a 429 says when to retry',
        "  const { error } = await response.json();",
        "  if (response.status === 429) {",
        '    console.error(`rate limited: retry in ${response.headers.get("retry-after")} s`);',
        "  }",
        "  throw new Error(`${response.status} ${error.code}: ${error.message} (request ${error.request_id})`);",
        "}",
        "console.log(JSON.stringify(await response.json(), null, 2));" if call.returns_json
        else "console.log(response.status);",
    ]  # fmt: skip
    return "\n".join(out)


# -- Go ---------------------------------------------------------------------------------------------------
def _go_quote(text: str) -> str:
    """A Go string literal: JSON's escapes are Go's too, except \\u surrogate pairs (so none: ensure_ascii off)."""
    return json.dumps(text, ensure_ascii=False)


def _go_string(text: str) -> str:
    return f"`{text}`" if "`" not in text and "\r" not in text else _go_quote(text)


def go(call: Call) -> str:
    imports = {"encoding/json", "fmt", "io", "log", "net/http", "os"}
    body_lines: list[str] = []
    body_arg = "nil"
    content_type = None
    if call.json_body is not NO_BODY:
        imports.add("strings")
        body_lines.append(f"body := strings.NewReader({_go_string(json.dumps(call.json_body, indent=2))})")
        body_arg, content_type = "body", '"application/json"'
    if call.file is not None:
        imports |= {"bytes", "mime/multipart"}
        name, file_name, content = call.file
        body_lines += [
            "var body bytes.Buffer",
            "form := multipart.NewWriter(&body)",
            f"part, err := form.CreateFormFile({_go_quote(name)}, {_go_quote(file_name)})",
            "if err != nil {", "\tlog.Fatal(err)", "}",
            f"if _, err := part.Write([]byte({_go_quote(content)})); err != nil {{", "\tlog.Fatal(err)", "}",
        ]  # fmt: skip
        for k, v in call.form.items():
            body_lines += [f"if err := form.WriteField({_go_quote(k)}, {_go_quote(v)}); err != nil {{",
                           "\tlog.Fatal(err)", "}"]  # fmt: skip
        body_lines += ["if err := form.Close(); err != nil {", "\tlog.Fatal(err)", "}"]
        body_arg, content_type = "&body", "form.FormDataContentType()"
    main = [
        'base := os.Getenv("LEADIOSA_BASE_URL")',
        'if base == "" {', f'\tbase = "{SERVER}"', "}",
        *body_lines,
        f'req, err := http.NewRequest("{call.method}", base+{_go_quote(call.path)}, {body_arg})',
        "if err != nil {", "\tlog.Fatal(err)", "}",
        'req.Header.Set("Authorization", "Bearer "+os.Getenv("LEADIOSA_TOKEN"))',
        *([f'req.Header.Set("Content-Type", {content_type})'] if content_type else []),
        "resp, err := http.DefaultClient.Do(req)",
        "if err != nil {", "\tlog.Fatal(err)", "}",
        "defer resp.Body.Close()",
        "data, err := io.ReadAll(resp.Body)",
        "if err != nil {", "\tlog.Fatal(err)", "}",
        "if resp.StatusCode >= 400 {",
        '\t// errors come as {"error": {"code", "message", "request_id"}}; a 429 says when to retry',
        "\tvar envelope struct {",
        "\t\tError struct {",
        '\t\t\tCode      string `json:"code"`',
        '\t\t\tMessage   string `json:"message"`',
        '\t\t\tRequestID string `json:"request_id"`',
        '\t\t} `json:"error"`',
        "\t}",
        "\tif err := json.Unmarshal(data, &envelope); err != nil {",
        '\t\tlog.Fatalf("%s: %s", resp.Status, data)',
        "\t}",
        "\tif resp.StatusCode == http.StatusTooManyRequests {",
        '\t\tlog.Printf("rate limited: retry in %s s", resp.Header.Get("Retry-After"))',
        "\t}",
        "\te := envelope.Error",
        '\tlog.Fatalf("%d %s: %s (request %s)", resp.StatusCode, e.Code, e.Message, e.RequestID)',
        "}",
        "fmt.Println(string(data))" if call.returns_json else "fmt.Println(resp.StatusCode)",
    ]  # fmt: skip
    block = "\n".join(f'\t"{name}"' for name in sorted(imports))
    return _go_file(block, main)


def _go_file(imports: str, body: list[str]) -> str:
    inner = "\n".join(("\t" + line) if line else line for line in body)
    return f"package main\n\nimport (\n{imports}\n)\n\nfunc main() {{\n{inner}\n}}"


# -- PHP --------------------------------------------------------------------------------------------------
def _php_str(text: str) -> str:
    if all(c.isprintable() for c in text):
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$")
    return '"' + escaped.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r") + '"'


def php_value(value: Any, depth: int = 1) -> str:
    """A PHP literal that `json_encode` turns back into `value` (an empty object stays an object)."""
    pad, inner = "    " * (depth - 1), "    " * depth
    if value is None or isinstance(value, bool):
        return {None: "null", True: "true", False: "false"}[value]
    if isinstance(value, str):
        return _php_str(value)
    if isinstance(value, int | float):
        return json.dumps(value)
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[\n" + "".join(f"{inner}{php_value(v, depth + 1)},\n" for v in value) + pad + "]"
    if not value:
        return "new stdClass()"
    items = "".join(f"{inner}{_php_str(k)} => {php_value(v, depth + 1)},\n" for k, v in value.items())
    return "[\n" + items + pad + "]"


def php(call: Call) -> str:
    headers = ['        "Authorization: Bearer " . getenv("LEADIOSA_TOKEN"),']
    fields = None
    if call.json_body is not NO_BODY:
        headers.append('        "Content-Type: application/json",')
        fields = f"json_encode({php_value(call.json_body, 2)})"
    if call.file is not None:
        name, file_name, content = call.file
        parts = [f"{_php_str(name)} => new CURLStringFile({_php_str(content)}, {_php_str(file_name)}),"]
        parts += [f"{_php_str(k)} => {_php_str(v)}," for k, v in call.form.items()]
        fields = "[\n" + "".join(f"        {p}\n" for p in parts) + "    ]"
    out = [
        "<?php",
        f'$base = getenv("LEADIOSA_BASE_URL") ?: "{SERVER}";',
        f'$ch = curl_init($base . "{call.path.replace("$", "%24")}");',
        "curl_setopt_array($ch, [",
        f'    CURLOPT_CUSTOMREQUEST => "{call.method}",',
        "    CURLOPT_RETURNTRANSFER => true,",
        "    CURLOPT_HTTPHEADER => [", *headers, "    ],",
        *([f"    CURLOPT_POSTFIELDS => {fields},"] if fields else []),
        "]);",
        "$body = curl_exec($ch);",
        "if ($body === false) {",
        '    throw new RuntimeException("request failed: " . curl_error($ch));',
        "}",
        "$status = curl_getinfo($ch, CURLINFO_RESPONSE_CODE);",
        "if ($status >= 400) {",
        '    // errors come as {"error": {"code", "message", "request_id"}}; a 429 says when to retry',
        '    $error = json_decode($body, true)["error"];',
        '    $what = "{$error[\'code\']}: {$error[\'message\']} (request {$error[\'request_id\']})";',
        '    throw new RuntimeException("$status $what");',
        "}",
        "echo $body, PHP_EOL;" if call.returns_json else "echo $status, PHP_EOL;",
    ]  # fmt: skip
    return "\n".join(out)


LARAVEL_BOOTSTRAP = """<?php
// Outside a Laravel app only (inside one, the framework does this): make the Http facade work with Debian's
// php-illuminate-http and php-guzzlehttp-guzzle (or Composer's illuminate/http and guzzlehttp/guzzle).
require_once 'GuzzleHttp/autoload.php';  // Illuminate's own autoloader looks for Guzzle under another case
require_once 'Illuminate/Http/autoload.php';

Illuminate\\Support\\Facades\\Facade::setFacadeApplication(
    new ArrayObject([Illuminate\\Http\\Client\\Factory::class => new Illuminate\\Http\\Client\\Factory()])
);
"""


def laravel(call: Call) -> str:
    """Laravel's HTTP client: `Http::withToken(...)` then the method; JSON bodies as arrays (Laravel's default body
    format), an upload with `attach()`, the error envelope read on any failed status."""
    url = f"$base . {_php_str(call.path)}"
    lines = ["Http::withToken(getenv('LEADIOSA_TOKEN'))", "    ->acceptJson()"]
    method = call.method.lower()
    if call.file is not None:
        name, file_name, content = call.file
        lines.append(f"    ->attach({_php_str(name)}, {_php_str(content)}, {_php_str(file_name)})")
        form = "[\n" + "".join(f"        {_php_str(k)} => {_php_str(v)},\n" for k, v in call.form.items()) + "    ]"
        lines.append(f"    ->{method}({url}, {form});")
    elif call.json_body is NO_BODY:
        # get() and delete() send no body; post() and patch() would send `[]`: send() sends none
        bodyless = method in ("get", "delete")
        lines.append(f"    ->{method}({url});" if bodyless else f"    ->send({call.method!r}, {url});")
    elif isinstance(call.json_body, dict) and call.json_body:
        lines.append(f"    ->{method}({url}, {php_value(call.json_body, 2)});")
    else:  # `{}` or a JSON value that is no PHP array with keys: the body as JSON text
        body = _php_str(json.dumps(call.json_body))
        lines.append(f"    ->withBody({body}, 'application/json')")
        lines.append(f"    ->send({call.method!r}, {url});")
    out = [
        "<?php",
        "use Illuminate\\Support\\Facades\\Http;",
        "",
        f"$base = getenv('LEADIOSA_BASE_URL') ?: '{SERVER}';",
        "$response = " + "\n".join(lines),
        "if ($response->failed()) {",
        '    // errors come as {"error": {"code", "message", "request_id"}}; a 429 says when to retry',
        "    $error = $response->json('error');",
        "    if ($response->status() === 429) {",
        "        fwrite(STDERR, 'rate limited: retry in ' . $response->header('Retry-After') . \" s\\n\");",
        "    }",
        "    throw new RuntimeException(\"{$response->status()} {$error['code']}: {$error['message']} \"",
        "        . \"(request {$error['request_id']})\");",
        "}",
        "echo $response->body(), PHP_EOL;" if call.returns_json else "echo $response->status(), PHP_EOL;",
    ]
    return "\n".join(out)


LANGUAGES = {
    "curl": ("bash", curl),
    "Node.js": ("js", node),
    "Go": ("go", go),
    "PHP (Laravel)": ("php", laravel),
    "PHP (curl)": ("php", php),
}


def render(call: Call) -> dict[str, tuple[str, str]]:
    """{tab title: (fence language, code)} for the languages other than Python."""
    return {title: (fence, make(call)) for title, (fence, make) in LANGUAGES.items()}
