"""Radiate: an interactive anatomy and dermatome visualizer of the lower limb."""
