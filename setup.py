"""The package list, computed here because pyproject.toml cannot say it: resources/ sits
beside app/ and is installed as app._resources (package-dir in pyproject.toml).

Folders that hold only data (resources/fonts, resources/i18n/ru, …) and Alembic's
versions/ (read as files, no __init__.py) are listed as packages of their own: a current
setuptools ships a folder's files only when the folder is a listed package, and warns
("Package … is absent from the `packages` configuration") before dropping it otherwise.
"""

from setuptools import find_namespace_packages, setup

RESOURCES = [
    "app._resources",
    *(f"app._resources.{p}" for p in find_namespace_packages("resources")),
]

setup(
    packages=[
        *find_namespace_packages(include=["app", "app.*"], exclude=["*.__pycache__"]),
        *RESOURCES,
    ],
    # every file of a resources folder; the migrations' template (versions/*.py are modules)
    package_data={**{package: ["*"] for package in RESOURCES}, "app.models.migrations": ["*.mako"]},
)
