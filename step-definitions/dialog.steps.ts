import { When } from '@cucumber/cucumber';
import type { WindowId } from '../src/simulator';
import type { SimWorld } from './support/sim-world';
import * as dialog from './support/tasks/dialog-tasks';
import * as fault from './support/tasks/fault-tasks';
import * as lync from './support/tasks/lync-tasks';

When('{person} clicks {string} in the {dialog} on {computer}', function (this: SimWorld, p: string, label: string, d: WindowId, c: string) {
  return lync.click(this, p, c, label, d);
});
When(
  '{person} {tick} {string} in the {dialog} on {computer}',
  function (this: SimWorld, p: string, on: boolean, label: string, d: WindowId, c: string) {
    return lync.setCheckbox(this, p, c, label, on, d);
  },
);
When('{person} types her/his password in the {dialog} on {computer}', function (this: SimWorld, p: string, d: WindowId, c: string) {
  return lync.typePassword(this, p, c, p, d);
});
When("{person} types {person}'s password on {computer}", function (this: SimWorld, p: string, whose: string, c: string) {
  return lync.typePassword(this, p, c, whose);
});
When(
  "{person} types {person}'s password in the {dialog} on {computer}",
  function (this: SimWorld, p: string, whose: string, d: WindowId, c: string) {
    return lync.typePassword(this, p, c, whose, d);
  },
);
When('{person} types a wrong password in the {dialog} on {computer}', function (this: SimWorld, p: string, d: WindowId, c: string) {
  return dialog.typeWrongPasswordIn(this, p, c, d);
});
When("{person} types {person}'s sign-in address on {computer}", function (this: SimWorld, p: string, whose: string, c: string) {
  return lync.typeAddress(this, p, c, whose);
});
When('{person} types the sign-in address {string} on {computer}', function (this: SimWorld, p: string, address: string, c: string) {
  return dialog.typeText(this, p, c, 'Sign-in address', address);
});
When('{person} types {string} into {string} on {computer}', function (this: SimWorld, p: string, text: string, field: string, c: string) {
  return dialog.typeText(this, p, c, field, text);
});
When(
  '{person} types {string} into {string} in the {dialog} on {computer}',
  function (this: SimWorld, p: string, text: string, field: string, d: WindowId, c: string) {
    return dialog.typeText(this, p, c, field, text, d);
  },
);
When('{person} closes the {dialog} with its X on {computer}', function (this: SimWorld, p: string, d: WindowId, c: string) {
  return dialog.closeDialog(this, p, c, d);
});
When('the fault {string} is turned {on off}', function (this: SimWorld, id: string, on: boolean) {
  return fault.switchFault(this, id, on);
});
When('the fault {string} is turned {on off} for {string}', function (this: SimWorld, id: string, on: boolean, args: string) {
  return fault.switchFault(this, id, on, args);
});
