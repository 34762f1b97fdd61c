/*
 * Camunda 7.24's Tasklist keeps "Complete" disabled once a field inside a dynamic list has changed
 * (the items of a report, of a cascade, the decisions on late units): form-js leaves an empty error
 * entry for such a field, and Tasklist counts the entries, not the errors in them. "Save" validates
 * the whole form again, which drops the empty entries. So, a moment after the user's last edit, when
 * Complete is disabled and no field shows an error, the draft is saved for them.
 */
const FORM = '.fjs-container';
const COMPLETE = 'button[ng-click="complete()"]';
const SAVE = 'button[ng-click^="save("]';
const QUIET_MILLIS = 300;

let pending;

function revalidate() {
  const complete = document.querySelector(COMPLETE);
  const save = document.querySelector(SAVE);
  if (!complete || !complete.disabled || !save || save.disabled) {
    return;
  }
  // a real error stays until the user mends it
  if (document.querySelector(FORM + ' .fjs-has-errors')) {
    return;
  }
  save.click();
}

function edited(event) {
  if (event.target instanceof Element && event.target.closest(FORM)) {
    clearTimeout(pending);
    pending = setTimeout(revalidate, QUIET_MILLIS);
  }
}

// a choice in form-js's own dropdown is a click, not an input event
['input', 'change', 'click', 'keyup'].forEach(type => document.addEventListener(type, edited, true));

export default [];
