"""cjdesigner: an offline desktop designer for customer journey maps."""

__version__ = "0.1.0"
