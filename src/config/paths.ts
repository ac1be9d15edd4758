/** Every route's URL in one place, so features can link to each other without importing each other. */
export const paths = {
  home: '/',
  signIn: '/sign-in',
  incidents: {
    list: '/incidents',
    new: '/incidents/new',
    detail: (id: string) => `/incidents/${encodeURIComponent(id)}`,
    edit: (id: string) => `/incidents/${encodeURIComponent(id)}/edit`,
  },
  orders: {
    list: '/orders',
    new: '/orders/new',
    detail: (id: string) => `/orders/${encodeURIComponent(id)}`,
    edit: (id: string) => `/orders/${encodeURIComponent(id)}/edit`,
  },
  cases: {
    list: '/cases',
    new: '/cases/new',
    detail: (number: string) => `/cases/${encodeURIComponent(number)}`,
  },
};
