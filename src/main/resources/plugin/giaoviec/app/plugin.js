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

/*
 * When a form is refused (a report without its signed PDF, say), Tasklist shows the engine's wrapping
 * around our message: "Cannot submit task form <id>: ENGINE-03051 There was an exception while invoking
 * the TaskListener. Message: 'Exception while invoking TaskListener: <ours>'". The clerk sees ours.
 */
const ENGINE_WRAPPING = /^Cannot submit task form [^:]+: ENGINE-\d+ [^']*'(?:Exception while invoking TaskListener: )?([\s\S]*)'$/;

function unwrapEngineErrors() {
  document.querySelectorAll('.page-notifications .alert .message, .page-notifications .alert p, .page-notifications .alert span')
    .forEach(node => {
      if (node.children.length === 0) {
        const match = ENGINE_WRAPPING.exec(node.textContent.trim());
        if (match) {
          node.textContent = match[1];
        }
      }
    });
}

new MutationObserver(() => {
  document.querySelectorAll(FORM).forEach(translate);
  unwrapEngineErrors();
})
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

/*
 * Files with a step. form-js 1.8.7 has no file field, so under the form of a task that takes files
 * (receiving, report, final report) this adds one: each chosen file is sent at once to /api, which
 * checks it and keeps it with the task until the task is completed (Tasklist's login is valid there;
 * writes carry the session's CSRF token). The final report's task also offers the Word draft.
 */
const FILES = 'giaoviec-files';
const REFUSED = {413: 'Tệp quá lớn', 422: 'Không nhận tệp này', 409: 'Nhiệm vụ không còn chờ bước này',
  403: 'Bạn không có quyền với tệp này'};
const SIGNATURE_CLASS = {VALID: 'valid', MODIFIED: 'bad', UNTRUSTED: 'unknown', INVALID: 'bad'};
let session;

function openTask() {
  const match = /[?&]task=([^&]+)/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

async function api(path, options = {}) {
  if (options.method && !session) {
    session = await (await fetch('/api/session', {credentials: 'same-origin'})).json();
  }
  const headers = options.method ? {[session.csrfHeader]: session.csrfToken} : {};
  return fetch(path, {credentials: 'same-origin', ...options, headers});
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function megabytes(bytes) {
  return bytes < 1024 * 1024
    ? Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN') + ' KB'
    : (bytes / 1024 / 1024).toLocaleString('vi-VN', {maximumFractionDigits: 1}) + ' MB';
}

async function problem(response) {
  let body = {};
  try {
    body = await response.json();
  } catch (e) {
    // a proxy's page, not our JSON: the status says enough
  }
  const said = [body.error, ...(body.details || [])].filter(Boolean).join(': ');
  return (REFUSED[response.status] || 'Không gửi được tệp') + (said ? ' — ' + said : '');
}

function render(box, task, data, message) {
  box.replaceChildren();
  box.append(element('h4', null, data.step === 'FINAL' ? 'Báo cáo đã ký và tệp kèm theo' : 'Tệp đính kèm'));
  if (data.draft) {
    const draft = element('a', 'giaoviec-draft', 'Tải dự thảo báo cáo (Word) để chỉnh sửa, trình ký rồi đính kèm lại');
    draft.href = data.draft;
    box.append(draft);
  }
  const list = element('ul');
  data.files.forEach(file => {
    const row = element('li');
    const link = element('a', null, file.name);
    link.href = '/api/attachments/' + file.id;
    row.append(link, element('span', 'giaoviec-size', ' (' + megabytes(file.size) + ')'));
    if (file.signature) {
      row.append(element('div', 'giaoviec-signature ' + SIGNATURE_CLASS[file.signature.status], file.signature.label));
    }
    const remove = element('button', 'btn btn-link', 'Bỏ tệp');
    remove.type = 'button';
    remove.addEventListener('click', async () => {
      const response = await api('/api/attachments/' + file.id, {method: 'DELETE'});
      refresh(box, task, response.ok ? null : await problem(response));
    });
    row.append(remove);
    list.append(row);
  });
  if (data.files.length === 0) {
    list.append(element('li', 'giaoviec-none', 'Chưa có tệp nào.'));
  }
  // the browser's own file button speaks the browser's language: ours says it in Vietnamese
  const choose = element('label', 'btn btn-default', 'Chọn tệp…');
  const input = element('input');
  input.type = 'file';
  input.multiple = true;
  input.style.display = 'none'; // Tasklist's Bootstrap shows file inputs whatever their hidden attribute
  input.accept = '.pdf,.doc,.docx,.xls,.xlsx,.odt,.ods,.jpg,.jpeg,.png';
  choose.append(input);
  input.addEventListener('change', async () => {
    const form = new FormData();
    [...input.files].forEach(file => form.append('files', file));
    const response = await api('/api/tasks/' + encodeURIComponent(task) + '/attachments', {method: 'POST', body: form});
    refresh(box, task, response.ok ? null : await problem(response));
  });
  box.append(list, choose, element('p', 'giaoviec-hint', 'PDF, Word, Excel, ODT/ODS, JPG/PNG; mỗi tệp tối đa '
      + megabytes(data.maxFileSize) + '. Tệp được gửi cùng khi hoàn thành nhiệm vụ.'));
  if (message) {
    box.append(element('p', 'giaoviec-error', message));
  }
}

async function refresh(box, task, message) {
  const response = await api('/api/tasks/' + encodeURIComponent(task) + '/attachments');
  if (response.ok) {
    box.hidden = false;
    render(box, task, await response.json(), message);
  }
}

function mountFiles() {
  const task = openTask();
  const form = document.querySelector(FORM);
  const box = document.querySelector('.' + FILES);
  if (!task || !form) {
    return;
  }
  if (box && box.dataset.task === task && box.previousElementSibling === form) {
    return;
  }
  box?.remove();
  const fresh = element('section', FILES);
  fresh.dataset.task = task;
  fresh.hidden = true; // until /api says this task takes files
  form.after(fresh);
  refresh(fresh, task, null);
}

new MutationObserver(mountFiles).observe(document.documentElement, {childList: true, subtree: true});

export default [];
