"""Write the man page vertrouwenspersoon(1) from the command line's own argparse parser.

    VERTROUWENSPERSOON_LANG=en python make-manpage.py OUT.1

Run it with the Python that has the app installed (build-linux.sh's build venv): the commands, their
options and help texts, the exit codes and the default locations all come from the installed package,
so the page cannot drift from the program. Only the prose around them is written here. A new exit code
in the code without a sentence below fails the build rather than going undocumented.

Reproducible: the date in .TH comes from SOURCE_DATE_EPOCH (required), help texts are taken in English
whatever the build machine's locale, and nothing depends on the builder's home folder.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from pathlib import Path

# Fixed inputs before the app is imported: help texts in English, default paths relative to "~".
for _var in list(os.environ):
    if _var.startswith(("XDG_", "VERTROUWENSPERSOON_")) or _var in ("LANGUAGE", "LC_ALL", "LANG"):
        del os.environ[_var]
os.environ["VERTROUWENSPERSOON_LANG"] = "en"
_HOME = "/nonexistent-home-for-man-page"
os.environ["HOME"] = _HOME

from vertrouwenspersoon import __version__, cli, errors, paths, policy_sources  # noqa: E402

PROG = "vertrouwenspersoon"

# What each exit code means, in the words of README.md "Exit codes". The codes themselves are read
# from the program (cli.EXIT_* and every VpError subclass); this table only adds the sentence.
EXIT_MEANING = {
    0: "Success.",
    1: "Usage error: unknown command or option, a missing argument, or a setting that IT has locked.",
    2: "Bad input: invalid case data, a file that is not a backup or exchange file, a damaged bundle, "
    "a report that would reveal a small count, an output path inside a vault folder (nothing is written), "
    "or a disk that is full or not writable (the change was rolled back; the vault is intact).",
    3: "Wrong key: the passphrase, recovery key or file passphrase does not fit.",
    4: "The vault cannot be used: damaged, truncated, unencrypted, a part missing, or from a newer "
    "version. A damaged vault is never replaced by a new one.",
    5: "The vault is open in another process.",
    130: "Interrupted (Ctrl+C); nothing was half saved.",
}

# Environment variables the program reads; each must still occur in the installed package's source.
ENVIRONMENT = {
    "VERTROUWENSPERSOON_LANG": "Language of messages and help: nl (the default) or en. Without it an "
    "English LANGUAGE, LC_ALL or LANG selects English.",
    "VERTROUWENSPERSOON_VAULT_DIR": "The vault used when neither --vault nor the policy names one.",
    "VERTROUWENSPERSOON_CONFIG_DIR": "Folder for the user's settings (never case data).",
    "VERTROUWENSPERSOON_CACHE_DIR": "Folder for caches (never case data).",
    policy_sources.POLICY_FILE_ENV: "A policy file to read instead of the system-wide one.",
}


def roff(text: str) -> str:
    """Plain text to roff: backslashes and hyphens escaped, other non-ASCII as \\[uXXXX] escapes."""
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\e")
        elif ch == "-":
            out.append("\\-")
        elif ord(ch) > 126:
            out.append(f"\\[u{ord(ch):04X}]")
        else:
            out.append(ch)
    line = "".join(out)
    return "\\&" + line if line[:1] in (".", "'") else line


def bold(text: str) -> str:
    return f"\\fB{roff(text)}\\fR"


def italic(text: str) -> str:
    return f"\\fI{roff(text)}\\fR"


def sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def metavar(action: argparse.Action) -> str:
    if action.metavar is not None:
        return str(action.metavar)
    if action.choices is not None:
        return "{" + ",".join(map(str, action.choices)) + "}"
    return action.dest.upper() if action.option_strings else action.dest


def option_term(action: argparse.Action) -> str:
    """`--days N`, `FILE ...`: the .TP term of one option or positional argument."""
    if not action.option_strings:
        word = italic(metavar(action))
        return word + (" ..." if action.nargs in ("+", "*") else "")
    names = ", ".join(bold(name) for name in action.option_strings)
    return names if action.nargs == 0 else f"{names} {italic(metavar(action))}"


def usage_words(action: argparse.Action) -> str:
    term = option_term(action)
    if not action.option_strings:
        return term if action.nargs != "*" else f"[{term}]"
    return term if action.required else f"[{term}]"


def documented(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [
        a
        for a in parser._actions
        if a.help != argparse.SUPPRESS
        and not isinstance(a, (argparse._HelpAction, argparse._SubParsersAction))
    ]


def subcommands(parser: argparse.ArgumentParser):
    """(name, help, parser) of each subcommand, in the order --help lists them."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, sub in action.choices.items():
                yield name, helps.get(name) or sub.description or "", sub


def option_help(parser: argparse.ArgumentParser, action: argparse.Action) -> str:
    parts = []
    if action.required and action.option_strings:
        parts.append("Required.")
    if action.nargs == "+":
        parts.append("One or more.")
    if action.help:
        parts.append(sentence(parser._get_formatter()._expand_help(action)))
    if action.choices is not None and action.metavar is not None:
        parts.append("One of: " + ", ".join(map(str, action.choices)) + ".")
    # Only fixed numbers: a path default depends on the user's home, --lang's on the user's language.
    if isinstance(action.default, int) and not isinstance(action.default, bool):
        parts.append(f"Default: {action.default}.")
    return roff(" ".join(parts))


def command_section(
    out: list[str], words: list[str], help_text: str, parser: argparse.ArgumentParser
) -> None:
    nested = list(subcommands(parser))
    if nested:  # a group such as `stats`: one subsection per subcommand
        for name, sub_help, sub in nested:
            command_section(out, [*words, name], sub_help, sub)
        return
    actions = documented(parser)
    out.append(".SS " + '"' + roff(" ".join(words)) + '"')
    out.append(".B " + roff(" ".join([PROG, *words])))
    if actions:  # left-aligned, not hyphenated: option names must stay whole
        out += [".ad l", ".nh", " ".join(usage_words(a) for a in actions), ".hy", ".ad"]
    out.append(".PP")
    out.append(roff(sentence(help_text or parser.description or "")))
    for action in actions:
        out.append(".TP")
        out.append(option_term(action))
        described = option_help(parser, action)
        if described:  # an option without a help text in the program gets its term alone
            out.append(described)


def exit_codes() -> set[int]:
    def walk(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from walk(sub)

    codes = {0, errors.VpError.exit_code}
    codes |= {
        value for name, value in vars(cli).items() if name.startswith("EXIT_") and isinstance(value, int)
    }
    codes |= {cls.exit_code for cls in walk(errors.VpError)}
    return codes


def tilde(path: Path) -> str:
    text = str(path)
    return "~" + text[len(_HOME) :] if text.startswith(_HOME) else text


def main() -> int:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        sys.exit("SOURCE_DATE_EPOCH must be set")
    date = datetime.datetime.fromtimestamp(int(epoch), datetime.UTC).strftime("%Y-%m-%d")

    parser = cli.build_parser()  # imports every command module, so every error class is known
    codes = exit_codes()
    if codes != set(EXIT_MEANING):
        sys.exit(
            f"exit codes in the program {sorted(codes)} differ from those described in make-manpage.py "
            f"{sorted(EXIT_MEANING)}: describe the new ones in EXIT_MEANING"
        )
    package_dir = Path(cli.__file__).parent
    source = "\n".join(p.read_text(encoding="utf-8") for p in package_dir.rglob("*.py"))
    gone = [name for name in ENVIRONMENT if name not in source]
    if gone:
        sys.exit(f"environment variables no longer in the program: {gone}")

    title, _, tagline = (parser.description or PROG).partition(" \u2014 ")
    out = [
        f".\\\" Generated by packaging/linux/make-manpage.py from {PROG} {__version__}'s argparse parser.",
        f'.TH {PROG.upper()} 1 "{date}" "{PROG} {__version__}" "User Commands"',
        ".SH NAME",
        f"{PROG} \\- {roff(tagline or title)}",
        ".SH SYNOPSIS",
        f".B {PROG}",
        f"[{bold('--vault')} {italic('DIR')}]",
        ".br",
        f".B {PROG}",
        f"{italic('COMMAND')} [{italic('OPTION')}...]",
        ".br",
        f".B {PROG}",
        f"{bold('--version')} | {bold('--help')}",
        ".SH DESCRIPTION",
        roff(
            f"{title} keeps the case notes, contact moments, follow-ups and aftercare deadlines of a "
            "confidential advisor (vertrouwenspersoon) in an encrypted vault on the advisor's own computer, "
            "and produces the anonymised annual report. It never opens a network connection."
        ),
        ".PP",
        roff(
            f"Without a command, or with only --vault, {PROG} starts the desktop application. With a "
            "command it runs that command on the command line and never loads the graphical interface. "
            "Errors are one sentence on standard error, in Dutch unless English is asked for (see "
            "ENVIRONMENT), and never contain case content."
        ),
        ".PP",
        roff(
            "Secrets (passphrases, recovery keys) are read from the terminal, or with --passphrase-stdin "
            "one line each from standard input. Every command takes -h or --help."
        ),
        ".SH COMMANDS",
    ]
    for name, help_text, sub in subcommands(parser):
        command_section(out, [name], help_text, sub)

    out.append(".SH EXIT STATUS")
    for code in sorted(EXIT_MEANING):
        out += [".TP", f".B {code}", roff(EXIT_MEANING[code])]

    out.append(".SH ENVIRONMENT")
    for name, meaning in ENVIRONMENT.items():
        out += [".TP", f".B {roff(name)}", roff(meaning)]

    files = [
        (
            str(policy_sources.LINUX_POLICY_FILE),
            "Settings that IT presets or locks (optional; JSON). An "
            "example is in /usr/share/doc/vertrouwenspersoon/examples/policy.json.",
        ),
        (tilde(paths.default_vault_dir()), "The default vault: an encrypted database and its key slots."),
        (tilde(paths.config_dir()), "The user's settings (never case data)."),
        (tilde(paths.cache_dir()), "Caches (never case data)."),
        ("/opt/vertrouwenspersoon/", "The program with the libraries it carries."),
        ("/usr/share/doc/vertrouwenspersoon/", "Copyright, licence texts and third-party notices."),
    ]
    out.append(".SH FILES")
    for path, meaning in files:
        out += [".TP", italic(path), roff(meaning)]

    out += [
        ".SH SEE ALSO",
        roff(
            "The IT deployment guide and the exchange format are in the docs folder of the source, "
            "https://vertrouwenspersoon.invalid/."
        ),
    ]
    Path(sys.argv[1]).write_text("\n".join(out) + "\n", encoding="ascii")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
