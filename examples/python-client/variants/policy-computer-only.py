"""Policy scope: only the computer's policy keys are read (HKLM); the user's are ignored."""
import _variant
import lync_admin


def policy(admin, name):
    return admin["policies"]["machine"].get(name)


lync_admin.policy = policy
_variant.run()
