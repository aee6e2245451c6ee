"""Policy scope: Allow storage of user passwords read from the user's key only (the value the two-factor guide sets)."""
import _variant
import lync_admin


def saving_allowed(admin):
    return admin["policies"]["user"].get("savePassword") is not False


lync_admin.saving_allowed = saving_allowed
_variant.run()
