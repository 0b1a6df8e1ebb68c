"""Content as data: pages, documents and settings read from YAML files, one file per page.

Each app keeps its content in <app>/content/ and declares in <app>/demo.py which folder holds
which page type (a ContentFolder); the ContentLoader here does the rest for every app.
"""
