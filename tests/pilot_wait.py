"""Waiting for the app in Pilot tests: on its workers and its message queue, never the clock."""
from __future__ import annotations


async def settle(pilot, rounds: int = 3) -> None:
    """Until the workers (loading, analysis, comparing) are done and their results drawn.

    A finished worker may start another (analysis after loading), hence the rounds.
    """
    for _ in range(rounds):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
