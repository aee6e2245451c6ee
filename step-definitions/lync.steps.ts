import { Given, When } from '@cucumber/cucumber';
import type { IconPlace, WindowId } from '../src/simulator';
import type { WayToLeave } from './support/parameter-types';
import type { SimWorld } from './support/sim-world';
import * as lync from './support/tasks/lync-tasks';

When('{person} clicks Start > {menu path} on {computer}', function (this: SimWorld, p: string, path: string[], c: string) {
  return lync.startFromStartMenu(this, p, c, path);
});
When('{person} clicks Sign In on {computer}', function (this: SimWorld, p: string, c: string) {
  return lync.click(this, p, c, 'Sign In');
});
When('{person} clicks {string} on {computer}', function (this: SimWorld, p: string, label: string, c: string) {
  return lync.click(this, p, c, label);
});
When('{person} types her/his password on {computer}', function (this: SimWorld, p: string, c: string) {
  return lync.typePassword(this, p, c);
});
When('{person} types her/his sign-in address on {computer}', function (this: SimWorld, p: string, c: string) {
  return lync.typeAddress(this, p, c, p);
});
When('{person} {tick} {string} on {computer}', function (this: SimWorld, p: string, on: boolean, label: string, c: string) {
  return lync.setCheckbox(this, p, c, label, on);
});
When(
  '{person} signs in to Lync for the first time on {computer} with Save my password {on off}',
  function (this: SimWorld, p: string, c: string, save: boolean) {
    return lync.signInFirstTime(this, p, c, save);
  },
);
Given(
  '{person} has signed in to Lync on {computer} with Save my password {on off}',
  function (this: SimWorld, p: string, c: string, save: boolean) {
    return lync.beSignedIn(this, p, c, save);
  },
);
Given('{person} is signed in to Lync on {computer}', function (this: SimWorld, p: string, c: string) {
  return lync.beSignedIn(this, p, c);
});
When('{person} chooses {menu path} from the Options button on {computer}', function (this: SimWorld, p: string, path: string[], c: string) {
  return lync.chooseMenu(this, p, c, path);
});
Given(
  '{person} has chosen {menu path} from the Options button on {computer}',
  function (this: SimWorld, p: string, path: string[], c: string) {
    return lync.chooseMenu(this, p, c, path);
  },
);
When('{person} clicks the X in the upper-right corner of the Lync window on {computer}', function (this: SimWorld, p: string, c: string) {
  return lync.closeWithX(this, p, c);
});
When('{person} clicks the Lync icon in the {place} on {computer}', function (this: SimWorld, p: string, place: IconPlace, c: string) {
  return lync.clickIcon(this, p, c, place);
});
When(
  '{person} right-clicks the Lync icon in the {place} on {computer} and chooses {icon menu item}',
  function (this: SimWorld, p: string, place: IconPlace, c: string, item: string) {
    return lync.iconMenu(this, p, c, place, item);
  },
);
When('{person} minimizes the Lync window on {computer}', function (this: SimWorld, p: string, c: string) {
  return lync.minimizeLync(this, p, c);
});
When('{person} sets {string} {on off} on {computer}', function (this: SimWorld, p: string, option: string, on: boolean, c: string) {
  return lync.setPersonalOption(this, p, c, option, on);
});
Given('{person} has set {string} {on off} on {computer}', function (this: SimWorld, p: string, option: string, on: boolean, c: string) {
  return lync.setPersonalOption(this, p, c, option, on);
});
When('{person} answers {word} on {computer}', function (this: SimWorld, p: string, answer: string, c: string) {
  return lync.click(this, p, c, answer, 'confirmDelete');
});
When('{person} deletes her/his sign-in info on {computer}', function (this: SimWorld, p: string, c: string) {
  return lync.deleteSignInInfo(this, p, c, 'Yes');
});
When(
  "{person}, at {person}'s desktop on {computer}, signs in with his/her own sign-in address and password",
  function (this: SimWorld, p: string, owner: string, c: string) {
    return lync.signInAs(this, owner, c, p);
  },
);
When(
  "{person}, at {person}'s desktop on {computer}, chooses {menu path} from the Options button",
  function (this: SimWorld, _p: string, owner: string, c: string, path: string[]) {
    return lync.chooseMenu(this, owner, c, path);
  },
);
When(
  "{person}, at {person}'s desktop on {computer}, deletes his/her sign-in info",
  function (this: SimWorld, _p: string, owner: string, c: string) {
    return lync.deleteSignInInfo(this, owner, c, 'Yes');
  },
);
When(
  "someone else at {computer} starts Lync from {person}'s Start menu and clicks Sign In",
  function (this: SimWorld, c: string, owner: string) {
    return lync.startAndClickSignIn(this, owner, c);
  },
);
When('{person} types a wrong password on {computer}', function (this: SimWorld, p: string, c: string) {
  return lync.typeWrongPassword(this, p, c);
});
When('{person} enters her/his password and clicks Sign In on {computer}', function (this: SimWorld, p: string, c: string) {
  return lync.signInWithPassword(this, p, c);
});
When('{person} enters her/his password in the credential dialog on {computer}', function (this: SimWorld, p: string, c: string) {
  return lync.answerCredentialDialog(this, p, c);
});
When('{person} cancels the credential dialog on {computer}', function (this: SimWorld, p: string, c: string) {
  return lync.click(this, p, c, 'Cancel', 'credentials');
});
When('{person} ticks "Always trust this server" and clicks Connect on {computer}', function (this: SimWorld, p: string, c: string) {
  return lync.trustServer(this, p, c, true);
});
When('{person} clicks Connect on {computer}', function (this: SimWorld, p: string, c: string) {
  return lync.trustServer(this, p, c, false);
});
When(
  'the administrator reinstalls Lync for {person} on {computer} from the Office 365 portal',
  function (this: SimWorld, p: string, c: string) {
    return lync.reinstall(this, p, c);
  },
);
When('{person} signs in to Lync on {computer} with her/his password', function (this: SimWorld, p: string, c: string) {
  return lync.signInByHand(this, p, c);
});
When('{person} uses {way to leave} on {computer}', function (this: SimWorld, p: string, way: WayToLeave, c: string) {
  return lync.leave(this, p, c, way);
});
When(
  '{person} clicks {string} in the {window} window on {computer}',
  function (this: SimWorld, p: string, label: string, win: WindowId, c: string) {
    return lync.click(this, p, c, label, win);
  },
);
When(
  '{person} types her/his password into the {window} window on {computer}',
  function (this: SimWorld, p: string, win: WindowId, c: string) {
    return lync.typePassword(this, p, c, p, win);
  },
);
When(
  '{person} types a wrong password into the {window} window on {computer}',
  function (this: SimWorld, p: string, win: WindowId, c: string) {
    return lync.typeWrongPassword(this, p, c, win);
  },
);
When('{person} types {string} into {string} on {computer}', function (this: SimWorld, p: string, text: string, field: string, c: string) {
  return lync.typeText(this, p, c, field, text);
});
When(
  '{person} {tick} {string} in the {window} window on {computer}',
  function (this: SimWorld, p: string, on: boolean, label: string, win: WindowId, c: string) {
    return lync.setCheckbox(this, p, c, label, on, win);
  },
);
When('{person} closes the {window} window on {computer}', function (this: SimWorld, p: string, win: WindowId, c: string) {
  return lync.closeWindow(this, p, c, win);
});
