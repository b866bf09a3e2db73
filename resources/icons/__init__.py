"""The app's icons, edited here and installed as the data package `cjdesigner.icons`.

This file only makes the folder importable, so that `cjdesigner.resources` finds the icons the same
way in a wheel, an editable install and a bundle.
"""
