"""Creates the private media bucket on the S3-compatible store when it is not there yet.

For docker-compose and the scale-out test, which start an empty object store of their own. In
production the bucket is provisioned with the store and the site only needs its keys.
"""

from botocore.exceptions import ClientError
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Maakt de (besloten) bucket voor geüploade bestanden aan als die nog niet bestaat."

    def handle(self, **options):
        if settings.MEDIA_STORAGE != "s3":
            raise CommandError("MEDIA_STORAGE is niet 's3': er is geen bucket om aan te maken.")
        client = default_storage.connection.meta.client
        bucket = default_storage.bucket_name
        try:
            client.head_bucket(Bucket=bucket)
        except ClientError:
            # No ACL: the bucket is private, as a new bucket is by default.
            region = default_storage.region_name
            if region and region != "us-east-1":
                client.create_bucket(
                    Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": region}
                )
            else:
                client.create_bucket(Bucket=bucket)
            self.stdout.write(f"Bucket {bucket} aangemaakt.")
        else:
            self.stdout.write(f"Bucket {bucket} bestaat al.")
