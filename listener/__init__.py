"""listener: practise active listening with a scripted speaker, a rule-based scorer and a coach."""

__version__ = "0.1.0"
