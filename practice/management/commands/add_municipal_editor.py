"""manage.py add_municipal_editor USERNAME EMAIL --gemeente "Naam"

Makes a municipal editor (and the municipality's group and collection when they are new) and
prints a one-time link to choose a password. No password is ever given on the command line.
"""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from practice.municipalities import add_municipal_editor, municipality_name, set_password_link


class Command(BaseCommand):
    help = "Maakt een redacteur van een gemeente aan en toont een link om een wachtwoord te kiezen."

    def add_arguments(self, parser):
        parser.add_argument("username", help="de gebruikersnaam")
        parser.add_argument("email", help="het e-mailadres")
        parser.add_argument("--gemeente", required=True, help="de naam van de gemeente")

    def handle(self, *args, username, email, gemeente, **options):
        try:
            validate_email(email)
            name = municipality_name(gemeente)
        except (ValidationError, ValueError) as error:
            message = error.messages[0] if isinstance(error, ValidationError) else str(error)
            raise CommandError(message) from error
        user, created = add_municipal_editor(username.strip(), email, name)
        state = "aangemaakt" if created else "bestond al; toegevoegd aan de gemeente"
        self.stdout.write(f"Redacteur '{user.username}' van {name}: {state}.")
        self.stdout.write("Eenmalige link om een wachtwoord te kiezen (stuur die zelf door):")
        self.stdout.write(f"  {set_password_link(user)}")
