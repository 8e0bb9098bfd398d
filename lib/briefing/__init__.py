"""Incident briefing suite: articles folder → extracted facts → reconciled briefing (HTML/PDF).

Stages, one module each: ``load`` → ``extract`` (``incidents``, ``casualties``, ``attribution``)
→ ``reconcile`` → ``present`` / ``charts`` → ``export``; ``cli`` and ``evaluate`` drive them.
"""
__version__ = "0.1.0"
