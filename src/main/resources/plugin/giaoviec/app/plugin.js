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

/*
 * form-js 1.8.7 writes a few words of its own in English, with no setting to change them: the empty
 * dropdown's "Select", the tag list's "Search" and its empty list, a dynamic list's "Add new",
 * "Collapse" and "Expand all (n)". They are put in Vietnamese where they appear.
 */
const FORM_WORDS = [
  [/^Select$/, 'Chọn…'],
  [/^Search$/, 'Tìm…'],
  [/^No results$/, 'Không có kết quả'],
  [/^All values selected$/, 'Đã chọn hết'],
  [/^Add new$/, 'Thêm mục'],
  [/^Collapse$/, 'Thu gọn'],
  [/^Expand all \((\d+)\)$/, 'Mở rộng tất cả ($1)']
];

function vietnamese(text) {
  const trimmed = text.trim();
  const rule = FORM_WORDS.find(([english]) => english.test(trimmed));
  return rule ? text.replace(trimmed, trimmed.replace(rule[0], rule[1])) : text;
}

function translate(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = vietnamese(node.data);
    if (text !== node.data) {
      node.data = text;
    }
  }
  root.querySelectorAll('input[placeholder]').forEach(input => {
    const text = vietnamese(input.placeholder);
    if (text !== input.placeholder) {
      input.placeholder = text;
    }
  });
}

new MutationObserver(() => document.querySelectorAll(FORM).forEach(translate))
    .observe(document.documentElement, {childList: true, subtree: true, characterData: true});

/*
 * Tasklist sorts the list by creation unless the address says otherwise; a unit wants the work by
 * deadline, the most overdue first. A sorting the user picks is kept: it is in the address.
 */
const BY_DEADLINE = 'sorting=' + encodeURIComponent(JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]));

function sortByDeadline() {
  const hash = window.location.hash;
  if (hash.startsWith('#/') && !hash.startsWith('#/login') && !/[?&]sorting=/.test(hash)) {
    window.location.replace(hash + (hash.includes('?') ? '&' : '?') + BY_DEADLINE);
  }
}

window.addEventListener('hashchange', sortByDeadline);
sortByDeadline();

export default [];
