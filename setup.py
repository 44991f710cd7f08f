"""Only here to add resources/ as the package app._resources; everything else is in pyproject."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["app", "app.*"]), "app._resources"])
