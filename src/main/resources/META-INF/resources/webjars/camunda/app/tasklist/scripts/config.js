// giaoviec: Tasklist in Vietnamese (locales/vi.json beside this folder), days written day first.
// Replaces Camunda's own config.js of the same path (webapp customisation, not a patch of the jar).
export default {
  app: {
    name: 'Nhiệm vụ',
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
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận xử lý nhiệm vụ đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển đến bộ lọc đầu tiên'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển đến nhiệm vụ đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển đến ô nhập đầu tiên của biểu mẫu'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại khởi động quy trình'
    }
  }
};
