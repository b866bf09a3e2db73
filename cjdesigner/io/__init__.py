"""Files: the .cjmap project file, migrations, templates and CSV. Imports no Qt."""
