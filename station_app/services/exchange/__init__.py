"""上报包: a station's changed records, signed by the station and encrypted for the receiving level (no Qt).

crypto (signatures, sealing), keys (the database's key pairs, public key files, trust), container (the
package file: manifest, parts, checks), rows (which tables travel and how a row is written), export and
importer (the two ends).
"""

from station_app.services.errors import ValidationError

KINDS = ("新增", "更新", "删除", "未变")  # what an import did to a row


class PackageError(ValidationError):
    """A package (or key file) that cannot be used, with the reason in Chinese; nothing was written."""

    def __init__(self, message: str):
        super().__init__(message)
