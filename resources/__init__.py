"""The program's data files (taxonomy, translations, icons), as the package `vertrouwenspersoon.resources`.

This top-level folder is that package: setup.py maps it into the package, so code finds the files
through `importlib.resources` in one way for a source checkout (an editable install), a wheel and
the PyInstaller bundle (`vertrouwenspersoon.paths.resource_dir`).
"""
