"""Policy scope: the user's policy key wins over the computer's (HKCU read first)."""
import _variant
import lync_admin


def policy(admin, name):
    user = admin["policies"]["user"].get(name)
    return user if user is not None else admin["policies"]["machine"].get(name)


lync_admin.policy = policy
_variant.run()
