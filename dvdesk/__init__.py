"""DV Desk: assignments and monthly meeting calendar for a Ban Dân vận."""

__version__ = "0.1.0"
