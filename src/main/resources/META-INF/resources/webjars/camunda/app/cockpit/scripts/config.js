// giaoviec: Cockpit in Vietnamese (locales/vi.json beside this folder) in the views an operator uses every
// day; labels of the specialised views not translated yet fall back to English, never to a raw key.
// Replaces Camunda's own config.js of the same path (webapp customisation, not a patch of the jar).
export default {
  app: {
    name: 'Giám sát quy trình',
    vendor: 'Giao việc'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'en'
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
