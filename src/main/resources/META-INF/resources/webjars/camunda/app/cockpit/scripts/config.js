// giaoviec: cockpit in Vietnamese (locales/vi.json beside this folder), days written day first.
// Replaces Camunda's own config.js of the same path (webapp customisation, not a patch of the jar).
export default {
  app: {
    name: 'Giám sát quy trình',
    vendor: 'Giao việc'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY',
    abbr: 'DD/MM/YYYY HH:mm',
    monthName: 'MMMM',
    day: 'DD'
  },
  disableWelcomeMessage: true
};
