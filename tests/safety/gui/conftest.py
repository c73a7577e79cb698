"""The GUI attacks of the safety suite use the GUI tests' own fixtures (offscreen Qt, a fresh vault per
test, injected clock and file choosers), so they attack the real app and not a second setup."""

from gui.conftest import (  # noqa: F401  (fixtures, found by pytest by name)
    built_gui,
    clock,
    fast_kdf,
    filled_vault_dir,
    gui_language,
    gui_theme,
    shell_for,
)
