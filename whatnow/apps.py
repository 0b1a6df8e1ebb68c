from django.apps import AppConfig


class WhatNowConfig(AppConfig):
    name = "whatnow"
    verbose_name = "Wat nu?"
