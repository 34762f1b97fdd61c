// giaoviec: Admin stays in English (used by the IT staff who run giaoviec, not by units); days written day first.
// Replaces Camunda's own config.js of the same path (webapp customisation, not a patch of the jar).
export default {
  app: {
    name: 'Quản trị',
    vendor: 'Giao việc'
  },
  locales: {
    availableLocales: ['en'],
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
